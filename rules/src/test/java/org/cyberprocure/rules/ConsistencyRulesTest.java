package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.device;

import java.util.List;
import org.cyberprocure.model.Decision;
import org.junit.jupiter.api.Test;

/** consistency.drl: one case per cross-check rule, plus what a contradiction does to the decision. */
class ConsistencyRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.contradiction("CONS-SBOM no SBOM, yet an SBOM format is named",
                    device(a("MD-SBOM", "no"), a("MD-SBOM-FORMAT", "CYCLONEDX"))));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void consistentAnswers_reportNoContradiction() {
        assertThat(RuleTesting.evaluate(device(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "CYCLONEDX")))
                .contradictions()).isEmpty();
    }

    @Test
    void contradiction_isListedOnce_andNamedInTheDecisionReasons() {
        var assessment = RuleTesting.evaluate(device(a("MD-SBOM", "no"), a("MD-SBOM-FORMAT", "SPDX")));
        assertThat(assessment.contradictions()).hasSize(1);
        assertThat(assessment.decisionReasons()).anyMatch(r -> r.contains("contradiction"));
        assertThat(assessment.decision()).isNotEqualTo(Decision.ACCEPT);
    }
}
