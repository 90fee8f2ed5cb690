package org.cyberprocure.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Vendor;

/** Evaluates hand-made questionnaires against the real, precompiled rule pack (loaded once per test JVM). */
final class RuleTesting {
    static final ComplianceChecker CHECKER = ComplianceChecker.load();
    static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 1);

    private RuleTesting() {
    }

    static Answer a(String questionId, String value) {
        return Answer.of(questionId, value);
    }

    static Answer withEvidence(String questionId, String value) {
        return new Answer(questionId, value, "", List.of("evidence.pdf"), Answer.of(questionId, value).location());
    }

    static Questionnaire cloud(Answer... answers) {
        return questionnaire(Profile.CLOUD_MIGRATION, ProductKind.CLOUD_SERVICE, answers);
    }

    static Questionnaire device(Answer... answers) {
        return questionnaire(Profile.MEDICAL_DEVICE, ProductKind.MEDICAL_DEVICE, answers);
    }

    static Questionnaire questionnaire(Profile profile, ProductKind kind, Answer... answers) {
        // Later answers replace earlier ones, so tests can override a complete baseline.
        Map<String, Answer> byId = new LinkedHashMap<>();
        Arrays.stream(answers).forEach(x -> byId.put(x.questionId(), x));
        return new Questionnaire("TEST", profile, SUBMITTED, new Vendor("Vendor", "DE", ""),
                new Product("Product", "1", kind), List.copyOf(byId.values()));
    }

    /**
     * The questionnaire with evidence named on every direct answer whose question expects evidence and names none;
     * the same instance when there is nothing to add. Rule cases use it to test a rule's MET apart from the central
     * evidence rule (Evaluator: a claim without the expected evidence is at most partially met).
     */
    static Questionnaire evidenced(Questionnaire q) {
        boolean[] changed = {false};
        List<Answer> answers = q.answers().stream().map(x -> {
            boolean expects = CHECKER.catalog().question(x.questionId()).map(Question::expectsEvidence).orElse(false);
            if (!expects || x.hasEvidence() || x.mapped() || Answer.NOT_APPLICABLE.equals(x.value())) {
                return x;
            }
            changed[0] = true;
            return new Answer(x.questionId(), x.value(), x.comment(), List.of("evidence.pdf"), x.location());
        }).toList();
        return changed[0] ? new Questionnaire(q.id(), q.profile(), q.submitted(), q.vendor(), q.product(), answers,
                q.forms(), q.sboms()) : q;
    }

    static Finding finding(String requirementId, Questionnaire q) {
        return CHECKER.evaluate(q, EvaluationContext.defaults()).finding(requirementId);
    }

    static Finding finding(String requirementId, Questionnaire q, EvaluationContext context) {
        return CHECKER.evaluate(q, context).finding(requirementId);
    }

    static Assessment evaluate(Questionnaire q) {
        return CHECKER.evaluate(q, EvaluationContext.defaults());
    }
}
