package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A vendor's answer to one question of the question bank.
 *
 * <p>Readers normalise {@code value}: yes/no/partial answers are lower case ({@code yes}, {@code no},
 * {@code partial}, {@code n/a}), dates are ISO-8601 ({@code 2031-12-31}), enumeration values are as listed
 * in the question bank.
 *
 * @param questionId the question bank id, e.g. {@code CLD-DATA-LOCATION}
 * @param value      the normalised answer value, never blank
 * @param comment    the vendor's free-text comment, or empty
 * @param evidence   references to evidence (document names, URLs), possibly empty
 * @param location   where the answer was read from
 * @param origin     the vendor form item(s) the answer was mapped from, or {@code null} for a direct answer
 * @param commentMessage the comment as a message when a reader wrote it (an answer a vendor form implies), so a
 *                   report writes it in its language; {@code null} for the vendor's own words, shown as written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String questionId, String value, String comment, List<String> evidence,
                     SourceLocation location, AnswerOrigin origin, @JsonIgnore Message commentMessage) {

    /** The value of a yes/no question that the vendor marked not applicable. */
    public static final String NOT_APPLICABLE = "n/a";

    /** Checks the components and makes the lists immutable; see the type description for their meaning. */
    public Answer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
        if (value.isBlank()) {
            throw new IllegalArgumentException("answer to " + questionId + " is blank");
        }
        comment = comment == null ? "" : comment;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An answer with the vendor's own comment (or none). */
    public Answer(String questionId, String value, String comment, List<String> evidence, SourceLocation location,
                  AnswerOrigin origin) {
        this(questionId, value, comment, evidence, location, origin, null);
    }

    /** A direct answer (not mapped from another form). */
    public Answer(String questionId, String value, String comment, List<String> evidence, SourceLocation location) {
        this(questionId, value, comment, evidence, location, null);
    }

    /** True when the answer was mapped from a vendor form (MDS2, CAIQ) rather than answered directly. */
    @JsonIgnore
    public boolean mapped() {
        return origin != null;
    }

    /** Who implements the control this answer is about: {@link Responsibility#VENDOR} unless a form says otherwise. */
    @JsonIgnore
    public Responsibility responsibility() {
        return origin == null ? Responsibility.VENDOR : origin.responsibility();
    }

    /** An answer without comment or evidence, e.g. for tests and programmatic questionnaires. */
    public static Answer of(String questionId, String value) {
        return new Answer(questionId, value, "", List.of(), SourceLocation.of("api"));
    }

    /**
     * Words with which vendors take back part of a "yes" (English, German, French): the control is optional,
     * planned, partial or without commitment.
     */
    private static final Pattern QUALIFIER = Pattern.compile(
            "\\b(best[- ]effort|planned|roadmap|optional(ly)?|on request|upon request|where possible|if possible|"
                    + "in progress|not yet|partial(ly)?|except|unless|limited|pilot|by default off|off by default|"
                    + "geplant|optional|teilweise|auf anfrage|nach m\u00f6glichkeit|pr\u00e9vu|optionnel(le)?|"
                    + "partiellement|sur demande|dans la mesure du possible)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A "yes" whose comment qualifies it ("best effort", "planned", "optional", ...): the officer should read it. */
    @JsonIgnore
    public boolean qualified() {
        return "yes".equals(value) && QUALIFIER.matcher(comment).find();
    }

    /** True when the vendor named at least one piece of evidence. */
    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }

    /** True when the value is a date before {@code limit}; false for any other value (safe in rule conditions). */
    public boolean dateBefore(LocalDate limit) {
        LocalDate date = parsedDate();
        return date != null && date.isBefore(limit);
    }

    /** True when the value is a date on or after {@code limit}; false for any other value. */
    public boolean dateOnOrAfter(LocalDate limit) {
        LocalDate date = parsedDate();
        return date != null && !date.isBefore(limit);
    }

    /** True when the value is a number not greater than {@code limit}; false for any other value. */
    public boolean numberAtMost(double limit) {
        Double number = parsedNumber();
        return number != null && number <= limit;
    }

    /** True when the value is a number greater than {@code limit}; false for any other value. */
    public boolean numberAbove(double limit) {
        Double number = parsedNumber();
        return number != null && number > limit;
    }

    private LocalDate parsedDate() {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Double parsedNumber() {
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Short form used in rationales and reports: {@code QUESTION-ID = value}. */
    public String describe() {
        return questionId + " = " + value;
    }
}
