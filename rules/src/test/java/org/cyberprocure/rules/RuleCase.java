package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;

/**
 * One rule under test: the answers that should make it fire, and the status it should give (or, for a
 * consistency check, the contradiction it should report). Asserting the rule name proves that this rule, and no
 * other, decided the requirement.
 *
 * @param expected the status, or {@code null} for a consistency-check rule
 */
record RuleCase(String rule, String requirementId, Questionnaire questionnaire, EvaluationContext context,
                Status expected) {

    static RuleCase of(String rule, Status expected, Questionnaire questionnaire) {
        return new RuleCase(rule, rule.substring(0, rule.indexOf(' ')), questionnaire, EvaluationContext.defaults(),
                expected);
    }

    /** A consistency-check rule that must report a contradiction for these answers. */
    static RuleCase contradiction(String rule, Questionnaire questionnaire) {
        return new RuleCase(rule, rule.substring(0, rule.indexOf(' ')), questionnaire, EvaluationContext.defaults(),
                null);
    }

    RuleCase with(EvaluationContext newContext) {
        return new RuleCase(rule, requirementId, questionnaire, newContext, expected);
    }

    void verify() {
        if (expected == null) {
            List<Contradiction> found = RuleTesting.CHECKER.evaluate(questionnaire, context).contradictions();
            assertThat(found).as("contradictions").anySatisfy(c -> {
                assertThat(c.rule()).isEqualTo(rule);
                assertThat(c.checkId()).isEqualTo(requirementId);
                assertThat(c.message()).isNotBlank();
                // Answers of the questionnaire, or items of a vendor form (MDS2, CAIQ) for a form's own checks;
                // a CAIQ check may rest on one item (its answer against its own SSRM ownership).
                assertThat(c.answers().size() + c.items().size()).as("answers or form items involved")
                        .isGreaterThanOrEqualTo(c.items().isEmpty() ? 2 : 1);
            });
            return;
        }
        // A rule's MET is tested with the expected evidence named; the same claim without it is partial when a
        // deciding answer lacked it (the central evidence rule), and still met otherwise.
        Questionnaire evidenced = expected == Status.MET ? RuleTesting.evidenced(questionnaire) : questionnaire;
        Finding finding = RuleTesting.finding(requirementId, evidenced, context);
        if (evidenced != questionnaire && finding.status() == Status.MET) {
            boolean decidedByAddedEvidence = finding.answers().stream()
                    .anyMatch(x -> x.hasEvidence() && !questionnaire.answersById().get(x.questionId()).hasEvidence());
            Finding bare = RuleTesting.finding(requirementId, questionnaire, context);
            if (decidedByAddedEvidence) {
                assertThat(bare.status()).as("%s without the expected evidence", requirementId)
                        .isEqualTo(Status.PARTIALLY_MET);
                assertThat(bare.rationale()).contains("Claimed, not evidenced");
            } else {
                assertThat(bare.status()).as("%s, whose deciding answers expect no evidence", requirementId)
                        .isEqualTo(Status.MET);
            }
        }
        assertThat(finding.rule()).as("rule that decided %s", requirementId).isEqualTo(rule);
        assertThat(finding.status()).isEqualTo(expected);
        assertThat(finding.rationale()).isNotBlank();
        if (questionnaire.sboms().isEmpty()) {
            assertThat(finding.answers()).as("deciding answers").isNotEmpty();
        } else {
            // A supplied SBOM may decide alone: then the rationale names it, since no answer does.
            assertThat(finding.rationale()).as("rationale names the SBOM").contains(
                    questionnaire.sboms().get(0).source());
        }
        assertThat(finding.citation().reference()).isNotBlank();
    }

    @Override
    public String toString() {
        return rule;
    }
}
