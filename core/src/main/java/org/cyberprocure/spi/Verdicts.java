package org.cyberprocure.spi;

import org.cyberprocure.model.Answer;
import org.cyberprocure.model.FormItem;

/**
 * What a rule's right-hand side may do: record a verdict. Bound as the global {@code verdicts}; the
 * requirement, check or gate id comes from the firing rule's {@code @requirement} / {@code @check} /
 * {@code @gate} metadata.
 *
 * <p>Rationales are written for the procurement officer and the vendor: say what the answers show.
 */
public interface Verdicts {

    void met(String rationale, Answer... decidingAnswers);

    void partiallyMet(String rationale, Answer... decidingAnswers);

    void notMet(String rationale, Answer... decidingAnswers);

    /** Consistency check ({@code @check}): the given answers contradict each other. */
    void contradiction(String message, Answer... involvedAnswers);

    /** Consistency check ({@code @check}) on a vendor form (MDS2, CAIQ): the given items contradict each other. */
    void formContradiction(String message, FormItem... involvedItems);

    /** Scope gate: the instrument does not bind this offer; its requirements are reported as a benchmark. */
    void advisoryOnly(String instrument, String reason, Answer... decidingAnswers);

    /** Scope gate: the instrument does not apply to this offer at all. */
    void notApplicable(String instrument, String reason, Answer... decidingAnswers);
}
