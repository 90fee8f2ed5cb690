package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * Answers of one questionnaire that contradict each other, found by a {@link ConsistencyCheck}.
 *
 * @param checkId  the consistency check
 * @param title    the check's title
 * @param message  what contradicts what, in words that refer to the answers
 * @param answers  the answers involved
 * @param rule     the rule that found it
 * @param severity the check's severity
 * @param items    the vendor form items involved, when the check is about a form (MDS2, CAIQ) itself
 * @param messageKey the message as a key with arguments, or {@code null} when given as text only
 */
public record Contradiction(String checkId, String title, String message, List<Answer> answers, String rule,
                            Severity severity, List<FormItem> items, @JsonIgnore Message messageKey) {

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param checkId    the consistency check
     * @param title      the check's title
     * @param message    what contradicts what, in words that refer to the answers
     * @param answers    the answers involved
     * @param rule       the rule that found it
     * @param severity   the check's severity
     * @param items      the vendor form items involved, when the check is about a form (MDS2, CAIQ) itself
     * @param messageKey the message as a key with arguments, or {@code null} when given as text only
     */
    public Contradiction {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        answers = List.copyOf(answers);
        items = List.copyOf(items);
        rule = rule == null ? "" : rule;
    }

    /**
     * A contradiction whose message is text only (not translatable).
     *
     * @param checkId  the consistency check
     * @param title    the check's title
     * @param message  what contradicts what, in words that refer to the answers
     * @param answers  the answers involved
     * @param rule     the rule that found it
     * @param severity the check's severity
     * @param items    the vendor form items involved, when the check is about a form (MDS2, CAIQ) itself
     */
    public Contradiction(String checkId, String title, String message, List<Answer> answers, String rule,
                         Severity severity, List<FormItem> items) {
        this(checkId, title, message, answers, rule, severity, items, null);
    }

    /**
     * A contradiction between answers of the questionnaire.
     *
     * @param checkId  the consistency check
     * @param title    the check's title
     * @param message  what contradicts what, in words that refer to the answers
     * @param answers  the answers involved
     * @param rule     the rule that found it
     * @param severity the check's severity
     */
    public Contradiction(String checkId, String title, String message, List<Answer> answers, String rule,
                         Severity severity) {
        this(checkId, title, message, answers, rule, severity, List.of());
    }
}
