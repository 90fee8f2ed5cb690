package org.cyberprocure.spi;

import org.cyberprocure.model.Answer;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Message;

/**
 * What a rule's right-hand side may do: record a verdict. Bound as the global {@code verdicts}; the
 * requirement, check or gate id comes from the firing rule's {@code @requirement} / {@code @check} /
 * {@code @gate} metadata.
 *
 * <p>Rationales are written for the procurement officer and the vendor: say what the answers show. Give them as a
 * {@link Message} (a key of the rule pack's bundles with arguments), so every report language can write them; the
 * {@code String} forms record a text that stays as written in every language.
 */
public interface Verdicts {

    /**
     * Records that the rule's requirement is met, with the answers that show it.
     *
     * @param rationale why, as a message the report writes in its language
     * @param decidingAnswers the answers that show it, cited in the report
     */
    void met(Message rationale, Answer... decidingAnswers);

    /**
     * Records that the rule's requirement is met in part, with the answers that show it.
     *
     * @param rationale why, as a message the report writes in its language
     * @param decidingAnswers the answers that show it, cited in the report
     */
    void partiallyMet(Message rationale, Answer... decidingAnswers);

    /**
     * Records that the rule's requirement is not met, with the answers that show it.
     *
     * @param rationale why, as a message the report writes in its language
     * @param decidingAnswers the answers that show it, cited in the report
     */
    void notMet(Message rationale, Answer... decidingAnswers);

    /**
     * Consistency check ({@code @check}): the given answers contradict each other.
     *
     * @param message what contradicts what, as a message
     * @param involvedAnswers the answers that contradict each other
     */
    void contradiction(Message message, Answer... involvedAnswers);

    /**
     * Consistency check ({@code @check}) on a vendor form (MDS2, CAIQ): the given items contradict each other.
     *
     * @param message what contradicts what, as a message
     * @param involvedItems the form items that contradict each other
     */
    void formContradiction(Message message, FormItem... involvedItems);

    /**
     * Scope gate: the instrument or scope group does not bind this offer; its rows are reported as a benchmark.
     *
     * @param target the instrument (e.g. {@code CRA}) or scope group
     * @param reason why, as a message
     * @param decidingAnswers the answers that decided the scope
     */
    void advisoryOnly(String target, Message reason, Answer... decidingAnswers);

    /**
     * Scope gate: the instrument or scope group does not apply to this offer at all.
     *
     * @param target the instrument (e.g. {@code CRA}) or scope group
     * @param reason why, as a message
     * @param decidingAnswers the answers that decided the scope
     */
    void notApplicable(String target, Message reason, Answer... decidingAnswers);

    /**
     * Scope gate ({@code @gate}): a note on scope that changes no row.
     *
     * @param topic the instrument or group the note is about
     * @param reason the note, as a message
     * @param decidingAnswers the answers that decided it
     */
    void scopeNote(String topic, Message reason, Answer... decidingAnswers);

    /**
     * Records that the rule's requirement is met, with the answers that show it (text as written).
     *
     * @param rationale why, as text in English only
     * @param decidingAnswers the answers that show it, cited in the report
     */
    void met(String rationale, Answer... decidingAnswers);

    /**
     * Records that the rule's requirement is met in part, with the answers that show it.
     *
     * @param rationale why, as text in English only
     * @param decidingAnswers the answers that show it, cited in the report
     */
    void partiallyMet(String rationale, Answer... decidingAnswers);

    /**
     * Records that the rule's requirement is not met, with the answers that show it.
     *
     * @param rationale why, as text in English only
     * @param decidingAnswers the answers that show it, cited in the report
     */
    void notMet(String rationale, Answer... decidingAnswers);

    /**
     * Consistency check ({@code @check}): the given answers contradict each other.
     *
     * @param message what contradicts what, as text
     * @param involvedAnswers the answers that contradict each other
     */
    void contradiction(String message, Answer... involvedAnswers);

    /**
     * Consistency check ({@code @check}) on a vendor form (MDS2, CAIQ): the given items contradict each other.
     *
     * @param message what contradicts what, as text
     * @param involvedItems the form items that contradict each other
     */
    void formContradiction(String message, FormItem... involvedItems);

    /**
     * Scope gate: the instrument, or the scope group of rows ({@code Requirement.scopeGroups}), does not bind this
     * offer; its requirements are reported as a benchmark.
     *
     * @param target the instrument (e.g. {@code CRA}) or scope group
     * @param reason why, as text
     * @param decidingAnswers the answers that decided the scope
     */
    void advisoryOnly(String target, String reason, Answer... decidingAnswers);

    /**
     * Scope gate: the instrument, or the scope group of rows, does not apply to this offer at all.
     *
     * @param target the instrument (e.g. {@code CRA}) or scope group
     * @param reason why, as text
     * @param decidingAnswers the answers that decided the scope
     */
    void notApplicable(String target, String reason, Answer... decidingAnswers);

    /**
     * Scope gate ({@code @gate}): a note on scope that changes no row, e.g. that the non-device parts of a mixed
     * offer stay under the CRA. {@code topic} is the instrument or group the note is about.
     *
     * @param topic the instrument or group the note is about
     * @param reason the note, as text
     * @param decidingAnswers the answers that decided it
     */
    void scopeNote(String topic, String reason, Answer... decidingAnswers);
}
