package org.cyberprocure.rules;

import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.device;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.EvaluationContext;

/** enisa.drl: one case per rule. */
class EnisaRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.of("EHP-GP-M05 met: MFA, hospital approval and logging", MET,
                    cloud(a("REMOTE-MFA", "yes"), a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "yes"))),
            RuleCase.of("EHP-GP-M05 partial: MFA without hospital control or logging", PARTIALLY_MET,
                    device(a("REMOTE-MFA", "yes"), a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "no"))),
            RuleCase.of("EHP-GP-M05 not met: remote access without MFA", NOT_MET,
                    cloud(a("REMOTE-MFA", "no"), a("REMOTE-APPROVAL", "yes"), a("REMOTE-LOGGED", "yes"))),
            RuleCase.of("EHP-GP-G08 met: security events logged and exportable", MET,
                    cloud(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "yes"))),
            RuleCase.of("EHP-GP-G08 partial: logs stay local", PARTIALLY_MET,
                    cloud(a("LOG-EVENTS", "yes"), a("LOG-SIEM", "no"))),
            RuleCase.of("EHP-GP-G08 partial: some event types missing", PARTIALLY_MET,
                    device(a("LOG-EVENTS", "partial"), a("LOG-SIEM", "yes"))),
            RuleCase.of("EHP-GP-G08 not met: no audit logging", NOT_MET,
                    cloud(a("LOG-EVENTS", "no"), a("LOG-SIEM", "yes"))),
            RuleCase.of("EHP-GP-M06 met: free updates, critical fixes within 30 days", MET,
                    cloud(a("SEC-UPDATES", "yes"), a("PATCH-CRITICAL-DAYS", "30"))),
            RuleCase.of("EHP-GP-M06 partial: critical fixes slower than 30 days", PARTIALLY_MET,
                    device(a("SEC-UPDATES", "yes"), a("PATCH-CRITICAL-DAYS", "31"))),
            RuleCase.of("EHP-GP-M06 partial: no remediation time committed", PARTIALLY_MET,
                    cloud(a("SEC-UPDATES", "yes"))),
            RuleCase.of("EHP-GP-M06 not met: no security updates", NOT_MET,
                    cloud(a("SEC-UPDATES", "no"), a("PATCH-CRITICAL-DAYS", "10"))),
            RuleCase.of("EHP-GP-S01 met: certificate with evidence, valid for the term", MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2028-01-31")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2028, 1, 31))),
            RuleCase.of("EHP-GP-S01 partial: certification claimed without evidence", PARTIALLY_MET,
                    cloud(a("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2029-01-31"))),
            RuleCase.of("EHP-GP-S01 partial: certificate ends before the contract does", PARTIALLY_MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2027-06-30")))
                    .with(EvaluationContext.defaults().withContractEnd(LocalDate.of(2029, 12, 31))),
            RuleCase.of("EHP-GP-S01 partial: validity not stated", PARTIALLY_MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"))),
            RuleCase.of("EHP-GP-S01 not met: certificate expired", NOT_MET,
                    cloud(withEvidence("CLD-ISO27001", "yes"), a("CLD-ISO27001-EXPIRY", "2026-10-31"))),
            RuleCase.of("EHP-GP-S01 not met: no certification", NOT_MET, cloud(a("CLD-ISO27001", "no"))));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }
}
