package org.cyberprocure;

import java.time.LocalDate;
import java.util.Objects;
import org.cyberprocure.model.Questionnaire;

/**
 * What an evaluation reasons about besides the answers. Rules never read the wall clock: "today" is
 * {@link #asOf()}.
 *
 * @param asOf        the date to evaluate at; {@code null} means the questionnaire's submission date
 * @param contractEnd the end of the planned contract term, or {@code null} when unknown
 * @param policy      the hospital's scoring policy
 */
public record EvaluationContext(LocalDate asOf, LocalDate contractEnd, Policy policy) {

    public EvaluationContext {
        Objects.requireNonNull(policy, "policy");
    }

    /** With the default policy. */
    public EvaluationContext(LocalDate asOf, LocalDate contractEnd) {
        this(asOf, contractEnd, Policy.defaults());
    }

    /** As of the submission date, no contract term, the default policy. */
    public static EvaluationContext defaults() {
        return new EvaluationContext(null, null);
    }

    public EvaluationContext withAsOf(LocalDate date) {
        return new EvaluationContext(date, contractEnd, policy);
    }

    public EvaluationContext withContractEnd(LocalDate date) {
        return new EvaluationContext(asOf, date, policy);
    }

    public EvaluationContext withPolicy(Policy newPolicy) {
        return new EvaluationContext(asOf, contractEnd, newPolicy);
    }

    /** This context with the as-of date fixed for a questionnaire; what the rules see. */
    public EvaluationContext resolveFor(Questionnaire questionnaire) {
        return asOf != null ? this : new EvaluationContext(questionnaire.submitted(), contractEnd, policy);
    }
}
