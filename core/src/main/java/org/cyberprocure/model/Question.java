package org.cyberprocure.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of the question bank.
 *
 * @param id               stable id, e.g. {@code CLD-DATA-LOCATION}
 * @param text             the question as the vendor reads it
 * @param type             the kind of value it accepts
 * @param allowedValues    for {@link AnswerType#ENUM}: the allowed values; otherwise empty
 * @param naAllowed        whether {@code n/a} is an acceptable answer
 * @param secureAnswer     the answer that meets the requirement best (polarity differs per question),
 *                         or empty where no single answer is secure (dates, text)
 * @param mandatory        whether a submission without this answer is incomplete
 * @param evidenceExpected the evidence the vendor should name, or empty
 * @param profiles         profiles whose questionnaire contains the question
 * @param section          the questionnaire section it appears in, e.g. {@code Vulnerability handling}
 * @param help             guidance for the vendor: what a good answer contains, or empty
 * @param pastEvent        a date question about something that has happened (a test, an audit, a review): a
 *                         date after the submission is refused, and one after the as-of date never evidences
 * @param minimum          for {@link AnswerType#NUMBER}: the smallest value that makes sense (e.g. 0 days), or
 *                         {@code null} for other types
 * @param maximum          for {@link AnswerType#NUMBER}: the largest plausible value (e.g. 100 percent), or
 *                         {@code null} for other types
 */
public record Question(String id, String text, AnswerType type, List<String> allowedValues, boolean naAllowed,
                       String secureAnswer, boolean mandatory, String evidenceExpected, Set<Profile> profiles,
                       String section, String help, boolean pastEvent, BigDecimal minimum,
                       BigDecimal maximum) {

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param id               stable id, e.g. {@code CLD-DATA-LOCATION}
     * @param text             the question as the vendor reads it
     * @param type             the kind of value it accepts
     * @param allowedValues    for {@link AnswerType#ENUM}: the allowed values; otherwise empty
     * @param naAllowed        whether {@code n/a} is an acceptable answer
     * @param secureAnswer     the answer that meets the requirement best (polarity differs per question), or empty
     *                         where no single answer is secure (dates, text)
     * @param mandatory        whether a submission without this answer is incomplete
     * @param evidenceExpected the evidence the vendor should name, or empty
     * @param profiles         profiles whose questionnaire contains the question
     * @param section          the questionnaire section it appears in, e.g. {@code Vulnerability handling}
     * @param help             guidance for the vendor: what a good answer contains, or empty
     * @param pastEvent        a date question about something that has happened (a test, an audit, a review): a date
     *                         after the submission is refused, and one after the as-of date never evidences
     * @param minimum          for {@link AnswerType#NUMBER}: the smallest value that makes sense (e.g. 0 days), or
     *                         {@code null} for other types
     * @param maximum          for {@link AnswerType#NUMBER}: the largest plausible value (e.g. 100 percent), or
     *                         {@code null} for other types
     */
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        secureAnswer = secureAnswer == null ? "" : secureAnswer;
        evidenceExpected = evidenceExpected == null ? "" : evidenceExpected;
        profiles = Set.copyOf(profiles);
        section = section == null || section.isBlank() ? "General" : section;
        help = help == null ? "" : help;
        if (type == AnswerType.ENUM && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("enum question " + id + " lists no allowed values");
        }
        if (pastEvent && type != AnswerType.DATE) {
            throw new IllegalArgumentException("question " + id + " is marked pastEvent but is no date question");
        }
        if ((minimum != null || maximum != null) && type != AnswerType.NUMBER) {
            throw new IllegalArgumentException("question " + id + " has a minimum or maximum but is no number question");
        }
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("question " + id + " has a minimum above its maximum");
        }
    }

    /**
     * A question without numeric bounds.
     *
     * @param id               stable id, e.g. {@code CLD-DATA-LOCATION}
     * @param text             the question as the vendor reads it
     * @param type             the kind of value it accepts
     * @param allowedValues    for {@link AnswerType#ENUM}: the allowed values; otherwise empty
     * @param naAllowed        whether {@code n/a} is an acceptable answer
     * @param secureAnswer     the answer that meets the requirement best (polarity differs per question), or empty
     *                         where no single answer is secure (dates, text)
     * @param mandatory        whether a submission without this answer is incomplete
     * @param evidenceExpected the evidence the vendor should name, or empty
     * @param profiles         profiles whose questionnaire contains the question
     * @param section          the questionnaire section it appears in, e.g. {@code Vulnerability handling}
     * @param help             guidance for the vendor: what a good answer contains, or empty
     * @param pastEvent        a date question about something that has happened (a test, an audit, a review): a date
     *                         after the submission is refused, and one after the as-of date never evidences
     */
    public Question(String id, String text, AnswerType type, List<String> allowedValues, boolean naAllowed,
                    String secureAnswer, boolean mandatory, String evidenceExpected, Set<Profile> profiles,
                    String section, String help, boolean pastEvent) {
        this(id, text, type, allowedValues, naAllowed, secureAnswer, mandatory, evidenceExpected, profiles, section,
                help, pastEvent, null, null);
    }

    /**
     * A question that is not about the date of a past event.
     *
     * @param id               stable id, e.g. {@code CLD-DATA-LOCATION}
     * @param text             the question as the vendor reads it
     * @param type             the kind of value it accepts
     * @param allowedValues    for {@link AnswerType#ENUM}: the allowed values; otherwise empty
     * @param naAllowed        whether {@code n/a} is an acceptable answer
     * @param secureAnswer     the answer that meets the requirement best (polarity differs per question), or empty
     *                         where no single answer is secure (dates, text)
     * @param mandatory        whether a submission without this answer is incomplete
     * @param evidenceExpected the evidence the vendor should name, or empty
     * @param profiles         profiles whose questionnaire contains the question
     * @param section          the questionnaire section it appears in, e.g. {@code Vulnerability handling}
     * @param help             guidance for the vendor: what a good answer contains, or empty
     */
    public Question(String id, String text, AnswerType type, List<String> allowedValues, boolean naAllowed,
                    String secureAnswer, boolean mandatory, String evidenceExpected, Set<Profile> profiles,
                    String section, String help) {
        this(id, text, type, allowedValues, naAllowed, secureAnswer, mandatory, evidenceExpected, profiles, section,
                help, false);
    }

    /** {@return whether a vendor is expected to name evidence (a document, a certificate) for a positive answer} */
    public boolean expectsEvidence() {
        return !evidenceExpected.isEmpty();
    }

    /**
     * {@return whether this question is part of the given profile's question bank}
     *
     * @param profile the profile
     */
    public boolean belongsTo(Profile profile) {
        return profiles.contains(profile);
    }

    /**
     * {@return whether a number lies within this question's bounds (those given; none means any number)}
     *
     * @param value the number answered
     */
    public boolean inRange(BigDecimal value) {
        return (minimum == null || value.compareTo(minimum) >= 0) && (maximum == null || value.compareTo(maximum) <= 0);
    }

    /**
     * e.g. {@code a number from 0 to 365}, or {@code a number} without bounds.
     *
     * @return the accepted range in words, for messages and templates
     */
    public String numberRange() {
        if (minimum != null && maximum != null) {
            return "a number from " + minimum.toPlainString() + " to " + maximum.toPlainString();
        }
        if (minimum != null) {
            return "a number of at least " + minimum.toPlainString();
        }
        return maximum != null ? "a number of at most " + maximum.toPlainString() : "a number";
    }

    /** {@return the values a vendor may write, as shown in templates and error messages} */
    public List<String> acceptedValues() {
        List<String> base = switch (type) {
            case YES_NO -> List.of("yes", "no");
            case YES_NO_PARTIAL -> List.of("yes", "partial", "no");
            case ENUM -> allowedValues;
            case DATE -> List.of("YYYY-MM-DD");
            case NUMBER -> List.of(numberRange());
            case TEXT -> List.of("free text");
        };
        if (!naAllowed) {
            return base;
        }
        return java.util.stream.Stream.concat(base.stream(), java.util.stream.Stream.of(Answer.NOT_APPLICABLE))
                .toList();
    }
}
