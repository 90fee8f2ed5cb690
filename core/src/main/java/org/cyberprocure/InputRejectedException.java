package org.cyberprocure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SourceLocation;

/**
 * Untrusted input refused: anything the vendor can fix. Carries every problem found, each with a reason code,
 * a location and a message that is safe to show (bounded in length, control characters removed).
 *
 * <p>Each problem also carries its text as a message key with arguments (bundle {@code problems}, ADR 0032), so a
 * caller can show it in the vendor's language: {@link Problem#describe(Texts)}, {@link #message(Texts)}. The
 * reason code and location are the same in every language; {@link #getMessage()} stays English.
 */
public final class InputRejectedException extends CyberProcureException {
    private static final long serialVersionUID = 1L;
    private static final int MESSAGE_PROBLEMS = 5;

    /** Why an input was refused. */
    public enum Reason {
        /** The file cannot be read at all (I/O error, missing or empty file). */
        UNREADABLE,
        /** The file is not UTF-8: UTF-16 or UTF-32, or bytes of a legacy code page such as Latin-1. */
        BAD_ENCODING,
        /** The file or one of its values is larger than the limits allow. */
        TOO_LARGE,
        /** The file name or content does not tell a supported format or format version (e.g. an SPDX or CycloneDX 1.3 SBOM). */
        UNSUPPORTED_FORMAT,
        /** Not well-formed JSON: syntax error, duplicate key, trailing content. */
        MALFORMED_JSON,
        /** Not well-formed CSV: unterminated quote, missing or duplicate columns, short rows. */
        MALFORMED_CSV,
        /** A JSON field the format does not define (a typo, or data meant for another tool). */
        UNKNOWN_FIELD,
        /** Well-formed JSON that breaks the published questionnaire schema. */
        SCHEMA_VIOLATION,
        /** A required field (questionnaire id, profile, vendor, ...) is missing or invalid. */
        INVALID_FIELD,
        /** An answer names a question id that the question bank does not have. */
        UNKNOWN_QUESTION,
        /** A question of the bank that belongs to another profile, or a product kind the profile is not written for. */
        WRONG_PROFILE,
        /** The same question is answered twice. */
        DUPLICATE_ANSWER,
        /** An answer value that the question does not accept. */
        INVALID_VALUE,
        /** A date that cannot be true: a past event (a test, an audit) dated after the submission. */
        IMPLAUSIBLE_DATE
    }

    /**
     * One problem found in the input.
     *
     * @param reason   the reason code
     * @param location where; its source name, JSON pointer and sheet name are cleaned like the message, since
     *                 they can come from the input (a file name, a field name, a worksheet name)
     * @param message  what, in English, safe to show
     * @param text     the same as a message key with arguments, to write it in another language
     */
    public record Problem(Reason reason, SourceLocation location, String message, Message text) {
        /** Checks the components; see the type description for their meaning. */
        public Problem {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(location, "location");
            location = new SourceLocation(SafeText.clean(location.source(), SafeText.NAME_LIMIT), location.line(),
                    location.column(), SafeText.clean(location.pointer(), SafeText.NAME_LIMIT),
                    SafeText.clean(location.sheet(), SafeText.NAME_LIMIT));
            message = SafeText.clean(Objects.requireNonNull(message, "message"), SafeText.MESSAGE_LIMIT);
            Objects.requireNonNull(text, "text");
        }

        /** A problem whose text is the same in every language (e.g. a parser's own words). */
        public Problem(Reason reason, SourceLocation location, String message) {
            this(reason, location, message, Texts.verbatim(message));
        }

        /**
         * A problem by message key ({@code problems} bundle) and arguments; its English text is the
         * {@link #message()}.
         */
        public static Problem of(Reason reason, SourceLocation location, String key, Object... arguments) {
            Message text = Message.of(key, arguments);
            return new Problem(reason, location, english().format(text), text);
        }

        /**
         * The message written in the language of {@code texts}, as safe to show as {@link #message()}; in English
         * (without a language pack's changes) the message itself.
         */
        public String text(Texts texts) {
            if (texts.locale().getLanguage().equals("en") && !texts.hasOverrides()) {
                return message;
            }
            return SafeText.clean(texts.format(text), SafeText.MESSAGE_LIMIT);
        }

        /** e.g. {@code vendor.json at /answers/2/value: INVALID_VALUE: ...}. */
        public String describe() {
            return location.describe() + ": " + message;
        }

        /** {@link #describe()} in the language of {@code texts}: the place named and the message in that language. */
        public String describe(Texts texts) {
            return texts.text("where.problem", texts.format(where(location)), text(texts));
        }
    }

    /**
     * A location as a message, e.g. {@code vendor.csv, Zeile 7} in German; in English exactly
     * {@link SourceLocation#describe()}.
     */
    public static Message where(SourceLocation location) {
        boolean sheet = !location.sheet().isEmpty();
        Object line = "";
        Object column = "";
        if (location.line() > 0) {
            line = Message.of(sheet ? "where.row" : "where.line", location.line());
            if (location.column() > 0) {
                column = Message.of("where.column", sheet ? location.columnName() : String.valueOf(location.column()));
            }
        }
        return Message.of("where.location", location.source(), sheet ? Message.of("where.sheet", location.sheet()) : "",
                line, column, location.pointer().isEmpty() ? "" : Message.of("where.pointer", location.pointer()));
    }

    /** The library's English texts, which the English messages are written with. */
    static Texts english() {
        return Translations.labelsOnly().texts(Locale.ENGLISH);
    }

    private final transient List<Problem> problems;

    /** A rejection listing every problem found (at least one), in input order. */
    public InputRejectedException(List<Problem> problems) {
        super(summary(problems), null);
        this.problems = List.copyOf(problems);
    }

    /** A rejection for one problem. */
    public InputRejectedException(Problem problem) {
        this(List.of(problem));
    }

    /** A rejection for one problem, given by its parts. */
    public InputRejectedException(Reason reason, SourceLocation location, String message) {
        this(new Problem(reason, location, message));
    }

    /** A rejection for one problem, given by its reason, location and message key with arguments. */
    public static InputRejectedException of(Reason reason, SourceLocation location, String key, Object... arguments) {
        return new InputRejectedException(Problem.of(reason, location, key, arguments));
    }

    /** {@link #getMessage()} in the language of {@code texts}: the problems, at most five, described in it. */
    public String message(Texts texts) {
        StringBuilder text = new StringBuilder();
        if (problems.size() > 1) {
            text.append(texts.text("problems.summary", problems.size(), problems.get(0).location().source()));
        }
        problems.stream().limit(MESSAGE_PROBLEMS).forEach(p -> {
            if (problems.size() > 1) {
                text.append("\n  ");
            }
            text.append(p.describe(texts));
        });
        if (problems.size() > MESSAGE_PROBLEMS) {
            text.append("\n  ").append(texts.text("problems.more", problems.size() - MESSAGE_PROBLEMS));
        }
        return text.toString();
    }

    /** Every problem found, in input order; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** The reason of the first problem. */
    public Reason reason() {
        return problems.get(0).reason();
    }

    /** The input's name, as the caller gave it. */
    public String source() {
        return problems.get(0).location().source();
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        StringBuilder text = new StringBuilder();
        if (problems.size() > 1) {
            text.append(problems.size()).append(" problems in ").append(problems.get(0).location().source())
                    .append(":");
        }
        problems.stream().limit(MESSAGE_PROBLEMS).forEach(p -> {
            if (problems.size() > 1) {
                text.append("\n  ");
            }
            text.append(p.describe());
        });
        if (problems.size() > MESSAGE_PROBLEMS) {
            text.append("\n  ... and ").append(problems.size() - MESSAGE_PROBLEMS).append(" more");
        }
        return text.toString();
    }
}
