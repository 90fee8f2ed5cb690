package org.cyberprocure;

import java.time.LocalDate;
import org.cyberprocure.model.Questionnaire;

/**
 * What an evaluation reasons about besides the answers. Rules never read the wall clock: "today" is
 * {@link #asOf()}.
 *
 * @param asOf        the date to evaluate at; {@code null} means the questionnaire's submission date
 * @param contractEnd the end of the planned contract term, or {@code null} when unknown
 */
public record EvaluationContext(LocalDate asOf, LocalDate contractEnd) {

    /** As of the submission date, no contract term. */
    public static EvaluationContext defaults() {
        return new EvaluationContext(null, null);
    }

    public EvaluationContext withAsOf(LocalDate date) {
        return new EvaluationContext(date, contractEnd);
    }

    public EvaluationContext withContractEnd(LocalDate date) {
        return new EvaluationContext(asOf, date);
    }

    /** This context with the as-of date fixed for a questionnaire; what the rules see. */
    public EvaluationContext resolveFor(Questionnaire questionnaire) {
        return asOf != null ? this : new EvaluationContext(questionnaire.submitted(), contractEnd);
    }
}
