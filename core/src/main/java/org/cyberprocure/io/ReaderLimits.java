package org.cyberprocure.io;

/**
 * The limits a {@link QuestionnaireReader} enforces on untrusted files. Input over a limit is rejected with
 * {@link org.cyberprocure.InputRejectedException.Reason#TOO_LARGE} as soon as the limit is crossed, without
 * reading the rest of the file. The defaults fit a real questionnaire with a wide margin; the table in
 * {@code docs/security.md} lists them.
 *
 * <pre>{@code
 * QuestionnaireReader reader = checker.reader()
 *         .withLimits(ReaderLimits.defaults().withMaxFileBytes(2 * 1024 * 1024));
 * }</pre>
 *
 * <p>The text bounds of the format itself (a comment or answer value of at most 10,000 characters, at most 50
 * evidence references of 1,000 characters each) are part of the questionnaire format, not reader limits: they
 * hold for questionnaires built in code too.
 *
 * @param maxFileBytes      largest file, in bytes; a file is checked before it is opened, a stream while it is
 *                          read
 * @param maxJsonDepth      deepest nesting of JSON arrays and objects (the format itself needs 4)
 * @param maxStringLength   longest JSON string, in characters
 * @param maxNumberLength   longest JSON number literal, in characters
 * @param maxAnswers        most answers in one questionnaire (items of the JSON {@code answers} array, or CSV
 *                          rows keyed by a question id); a JSON file may also hold at most
 *                          {@value #JSON_TOKENS_PER_ANSWER} JSON tokens per allowed answer, which bounds memory
 * @param maxCsvFieldLength longest CSV cell, in characters
 * @param maxCsvRecords     most CSV records after the header row (header fields and blank answers count)
 */
public record ReaderLimits(long maxFileBytes, int maxJsonDepth, int maxStringLength, int maxNumberLength,
                           int maxAnswers, int maxCsvFieldLength, int maxCsvRecords) {
    /** 10 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** Deepest JSON nesting. */
    public static final int DEFAULT_MAX_JSON_DEPTH = 32;
    /** Longest JSON string, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /** Longest JSON number, in characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
    /** Most answers in one questionnaire. */
    public static final int DEFAULT_MAX_ANSWERS = 5_000;
    /** Longest CSV field, in characters. */
    public static final int DEFAULT_MAX_CSV_FIELD_LENGTH = 100_000;
    /** Most CSV records. */
    public static final int DEFAULT_MAX_CSV_RECORDS = 10_000;
    /** JSON tokens (braces, brackets, names, values) allowed per answer: a full answer needs about 60. */
    public static final int JSON_TOKENS_PER_ANSWER = 128;

    private static final ReaderLimits DEFAULTS = new ReaderLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_JSON_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_ANSWERS, DEFAULT_MAX_CSV_FIELD_LENGTH,
            DEFAULT_MAX_CSV_RECORDS);

    /**
     * Checks the components; see the type description for their meaning.
     *
     * @param maxFileBytes      largest file, in bytes; a file is checked before it is opened, a stream while it is
     *                          read
     * @param maxJsonDepth      deepest nesting of JSON arrays and objects (the format itself needs 4)
     * @param maxStringLength   longest JSON string, in characters
     * @param maxNumberLength   longest JSON number literal, in characters
     * @param maxAnswers        most answers in one questionnaire (items of the JSON {@code answers} array, or CSV
     *                          rows keyed by a question id); a JSON file may also hold at most {@value
     *                          #JSON_TOKENS_PER_ANSWER} JSON tokens per allowed answer, which bounds memory
     * @param maxCsvFieldLength longest CSV cell, in characters
     * @param maxCsvRecords     most CSV records after the header row (header fields and blank answers count)
     */
    public ReaderLimits {
        positive("maxFileBytes", maxFileBytes);
        if (maxJsonDepth < 4) {
            throw new IllegalArgumentException("maxJsonDepth must be at least 4, the depth of the format itself");
        }
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxAnswers", maxAnswers);
        positive("maxCsvFieldLength", maxCsvFieldLength);
        positive("maxCsvRecords", maxCsvRecords);
    }

    /** {@return the documented defaults} */
    public static ReaderLimits defaults() {
        return DEFAULTS;
    }

    /** {@return the most JSON tokens in one file, derived from {@link #maxAnswers}} */
    public long maxJsonTokens() {
        return (long) maxAnswers * JSON_TOKENS_PER_ANSWER + 1_024;
    }

    /**
     * {@return these limits with another largest file size, in bytes}
     *
     * @param value the largest file size in bytes; positive
     */
    public ReaderLimits withMaxFileBytes(long value) {
        return new ReaderLimits(value, maxJsonDepth, maxStringLength, maxNumberLength, maxAnswers,
                maxCsvFieldLength, maxCsvRecords);
    }

    /**
     * {@return these limits with another deepest JSON nesting}
     *
     * @param value the deepest nesting of JSON objects and arrays; positive
     */
    public ReaderLimits withMaxJsonDepth(int value) {
        return new ReaderLimits(maxFileBytes, value, maxStringLength, maxNumberLength, maxAnswers,
                maxCsvFieldLength, maxCsvRecords);
    }

    /**
     * {@return these limits with another longest JSON string}
     *
     * @param value the longest JSON string, in characters; positive
     */
    public ReaderLimits withMaxStringLength(int value) {
        return new ReaderLimits(maxFileBytes, maxJsonDepth, value, maxNumberLength, maxAnswers,
                maxCsvFieldLength, maxCsvRecords);
    }

    /**
     * {@return these limits with another longest JSON number}
     *
     * @param value the longest JSON number, in characters; positive
     */
    public ReaderLimits withMaxNumberLength(int value) {
        return new ReaderLimits(maxFileBytes, maxJsonDepth, maxStringLength, value, maxAnswers,
                maxCsvFieldLength, maxCsvRecords);
    }

    /**
     * {@return these limits with another largest number of answers}
     *
     * @param value the largest number of answers in one questionnaire; positive
     */
    public ReaderLimits withMaxAnswers(int value) {
        return new ReaderLimits(maxFileBytes, maxJsonDepth, maxStringLength, maxNumberLength, value,
                maxCsvFieldLength, maxCsvRecords);
    }

    /**
     * {@return these limits with another longest CSV field}
     *
     * @param value the longest CSV field, in characters; positive
     */
    public ReaderLimits withMaxCsvFieldLength(int value) {
        return new ReaderLimits(maxFileBytes, maxJsonDepth, maxStringLength, maxNumberLength, maxAnswers,
                value, maxCsvRecords);
    }

    /**
     * {@return these limits with another largest number of CSV records}
     *
     * @param value the largest number of CSV records; positive
     */
    public ReaderLimits withMaxCsvRecords(int value) {
        return new ReaderLimits(maxFileBytes, maxJsonDepth, maxStringLength, maxNumberLength, maxAnswers,
                maxCsvFieldLength, value);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
