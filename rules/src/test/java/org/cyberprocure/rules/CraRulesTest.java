package org.cyberprocure.rules;

import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.questionnaire;

import java.util.List;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;

/** cra.drl: one case per rule, for a product the CRA covers (not an MDR device). */
class CraRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.of("CRA-AI-P1-2b met: no default credentials, reset available", MET,
                    craProduct(a("MD-DEFAULT-CREDS", "no"), a("MD-FACTORY-RESET", "yes"))),
            RuleCase.of("CRA-AI-P1-2b partial: no reset to the secure state", PARTIALLY_MET,
                    craProduct(a("MD-DEFAULT-CREDS", "no"), a("MD-FACTORY-RESET", "no"))),
            RuleCase.of("CRA-AI-P1-2b not met: default or hard-coded credentials", NOT_MET,
                    craProduct(a("MD-DEFAULT-CREDS", "yes"), a("MD-FACTORY-RESET", "yes"))),
            RuleCase.of("CRA-AI-P2-1 met: machine-readable SBOM", MET,
                    craProduct(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "SPDX"))),
            RuleCase.of("CRA-AI-P2-1 partial: SBOM not in a standard format", PARTIALLY_MET,
                    craProduct(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "OTHER"))),
            RuleCase.of("CRA-AI-P2-1 not met: no SBOM", NOT_MET, craProduct(a("MD-SBOM", "no"))));

    /** A gateway sold with a device but not itself an MDR device: the CRA applies. */
    static Questionnaire craProduct(Answer... answers) {
        Answer[] all = new Answer[answers.length + 1];
        all[0] = a("MD-MDR-CE", "no");
        System.arraycopy(answers, 0, all, 1, answers.length);
        return questionnaire(Profile.MEDICAL_DEVICE, ProductKind.SOFTWARE_PRODUCT, all);
    }

    @Override
    List<RuleCase> cases() {
        return CASES;
    }
}
