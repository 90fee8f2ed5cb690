package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;

/**
 * One rule under test: the answers that should make it fire, and the status it should give. Asserting the rule
 * name proves that this rule, and no other, decided the requirement.
 */
record RuleCase(String rule, String requirementId, Questionnaire questionnaire, EvaluationContext context,
                Status expected) {

    static RuleCase of(String rule, Status expected, Questionnaire questionnaire) {
        return new RuleCase(rule, rule.substring(0, rule.indexOf(' ')), questionnaire, EvaluationContext.defaults(),
                expected);
    }

    RuleCase with(EvaluationContext newContext) {
        return new RuleCase(rule, requirementId, questionnaire, newContext, expected);
    }

    void verify() {
        Finding finding = RuleTesting.finding(requirementId, questionnaire, context);
        assertThat(finding.rule()).as("rule that decided %s", requirementId).isEqualTo(rule);
        assertThat(finding.status()).isEqualTo(expected);
        assertThat(finding.rationale()).isNotBlank();
        assertThat(finding.answers()).as("deciding answers").isNotEmpty();
        assertThat(finding.citation().reference()).isNotBlank();
    }

    @Override
    public String toString() {
        return rule;
    }
}
