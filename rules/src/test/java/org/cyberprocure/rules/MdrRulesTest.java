package org.cyberprocure.rules;

import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.device;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.EvaluationContext;

/** mdr.drl: one case per rule. */
class MdrRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.of("MDR-AI-17.2 met: security life-cycle standard with evidence", MET,
                    device(withEvidence("MD-SDL-STANDARD", "IEC_81001_5_1"))),
            RuleCase.of("MDR-AI-17.2 partial: security life-cycle claimed without evidence", PARTIALLY_MET,
                    device(a("MD-SDL-STANDARD", "IEC_62443_4_1"))),
            RuleCase.of("MDR-AI-17.2 partial: software life cycle without a security standard", PARTIALLY_MET,
                    device(a("MD-SDL-STANDARD", "IEC_62304_ONLY"))),
            RuleCase.of("MDR-AI-17.2 not met: no life-cycle standard", NOT_MET, device(a("MD-SDL-STANDARD", "NONE"))),
            RuleCase.of("MDR-AI-17.4 met: minimum IT and security requirements stated", MET,
                    device(a("MD-MIN-IT-REQS", "FULL"))),
            RuleCase.of("MDR-AI-17.4 partial: hardware only", PARTIALLY_MET,
                    device(a("MD-MIN-IT-REQS", "HARDWARE_ONLY"))),
            RuleCase.of("MDR-AI-17.4 not met: no minimum requirements", NOT_MET, device(a("MD-MIN-IT-REQS", "NONE"))),
            RuleCase.of("MDR-AI-18.8 met: every interface protected", MET, device(a("MD-INTERFACE-AUTH", "yes"))),
            RuleCase.of("MDR-AI-18.8 partial: some interfaces unprotected", PARTIALLY_MET,
                    device(a("MD-INTERFACE-AUTH", "partial"))),
            RuleCase.of("MDR-AI-18.8 not met: interfaces unprotected", NOT_MET, device(a("MD-INTERFACE-AUTH", "no"))),
            RuleCase.of("MDCG-EOS met: support covers the contract term", MET,
                    device(a("MD-SUPPORT-END", "2031-11-01"))),
            RuleCase.of("MDCG-EOS partial: support ends before the contract term", PARTIALLY_MET,
                    device(a("MD-SUPPORT-END", "2031-11-01")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2032, 12, 31))),
            RuleCase.of("MDCG-EOS not met: support already ended", NOT_MET, device(a("MD-SUPPORT-END", "2026-10-31"))));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }
}
