package org.cyberprocure.rules;

import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.device;

import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.EvaluationContext;

/** gdpr.drl: one case per rule. */
class GdprRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.of("GDPR-32-1a met: encrypted at rest and in transit", MET,
                    cloud(a("ENC-REST", "yes"), a("ENC-TRANSIT", "yes"))),
            RuleCase.of("GDPR-32-1a partial: encrypted only at rest or only in transit", PARTIALLY_MET,
                    device(a("ENC-REST", "no"), a("ENC-TRANSIT", "yes"))),
            RuleCase.of("GDPR-32-1a not met: no encryption", NOT_MET,
                    cloud(a("ENC-REST", "no"), a("ENC-TRANSIT", "no"))),
            RuleCase.of("GDPR-33-2 met: breach notice within 24 hours", MET,
                    cloud(a("BREACH-COMMIT", "yes"), a("BREACH-HOURS", "24"))),
            RuleCase.of("GDPR-33-2 partial: breach notice slower than 24 hours", PARTIALLY_MET,
                    cloud(a("BREACH-COMMIT", "yes"), a("BREACH-HOURS", "72"))),
            RuleCase.of("GDPR-33-2 partial: no maximum notification time", PARTIALLY_MET,
                    device(a("BREACH-COMMIT", "yes"))),
            RuleCase.of("GDPR-33-2 not met: no breach notification commitment", NOT_MET,
                    cloud(a("BREACH-COMMIT", "no"))),
            RuleCase.of("GDPR-44 met: data stays in the EEA", MET, cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"))),
            RuleCase.of("GDPR-44 met: only countries with an adequacy decision", MET,
                    cloud(a("CLD-DATA-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"))),
            RuleCase.of("GDPR-44 met: safeguard and transfer impact assessment", MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            a("CLD-TRANSFER-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"), a("CLD-TIA", "yes"))),
            RuleCase.of("GDPR-44 partial: safeguard without transfer impact assessment", PARTIALLY_MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            a("CLD-TRANSFER-MECHANISM", "BINDING_CORPORATE_RULES"), a("CLD-TIA", "no"))),
            RuleCase.of("GDPR-44 not met: transfer without a safeguard", NOT_MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"), a("CLD-TRANSFER-MECHANISM", "NONE"))),
            RuleCase.of("GDPR-28-2 met: list, 30 days' notice and right to object", MET,
                    cloud(a("CLD-SUBPROC-LIST", "yes"), a("CLD-SUBPROC-NOTICE-DAYS", "30"),
                            a("CLD-SUBPROC-OBJECT", "yes"))),
            RuleCase.of("GDPR-28-2 partial: list without enough notice or right to object", PARTIALLY_MET,
                    cloud(a("CLD-SUBPROC-LIST", "yes"), a("CLD-SUBPROC-NOTICE-DAYS", "14"),
                            a("CLD-SUBPROC-OBJECT", "yes"))),
            RuleCase.of("GDPR-28-2 not met: no sub-processor list", NOT_MET, cloud(a("CLD-SUBPROC-LIST", "no"))),
            RuleCase.of("GDPR-32-1c met: targets agreed and restore tested within 12 months", MET,
                    cloud(a("CLD-RTO-RPO", "yes"), a("CLD-RESTORE-TEST-DATE", "2025-11-01"))),
            RuleCase.of("GDPR-32-1c partial: restore test older than 12 months", PARTIALLY_MET,
                    cloud(a("CLD-RTO-RPO", "yes"), a("CLD-RESTORE-TEST-DATE", "2025-11-01")))
                    .with(EvaluationContext.defaults().withAsOf(LocalDate.of(2026, 11, 2))),
            RuleCase.of("GDPR-32-1c partial: restore never tested", PARTIALLY_MET, cloud(a("CLD-RTO-RPO", "yes"))),
            RuleCase.of("GDPR-32-1c not met: no recovery objectives", NOT_MET, cloud(a("CLD-RTO-RPO", "no"))));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }
}
