package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** dataact.drl: one case per rule, the 2027-01-12 switching-charge boundary and the 2025-09-12 application date. */
class DataActRulesTest extends RuleCasesTest {
    /** Answers that meet every Data Act row (used by DecisionTest's perfect offer). */
    static final List<Answer> ALL_MET = List.of(withEvidence("DA-SWITCH-CLAUSE", "yes"), a("DA-NOTICE-MONTHS", "1"),
            a("DA-TRANSITION-DAYS", "30"), withEvidence("DA-EXPORT-SPEC", "yes"),
                    withEvidence("CLD-EXIT-RETRIEVAL-DAYS", "30"),
            withEvidence("DA-ERASURE-CLAUSE", "yes"), withEvidence("CLD-DELETION-DAYS", "90"), withEvidence("DA-SWITCH-CHARGES", "NONE"),
                    withEvidence("DA-JURISDICTION-INFO", "yes"),
            withEvidence("DA-GOV-ACCESS-MEASURES", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "yes"));

    private static final LocalDate BAN = LocalDate.of(2027, 1, 12);
    private static final EvaluationContext DAY_BEFORE_BAN = EvaluationContext.defaults().withAsOf(BAN.minusDays(1));

    static final List<RuleCase> CASES = List.of(
            RuleCase.of("DA-25-2a met: switching clause, notice at most two months, transition at most 30 days", MET,
                    cloud(withEvidence("DA-SWITCH-CLAUSE", "yes"), a("DA-NOTICE-MONTHS", "2"),
                            a("DA-TRANSITION-DAYS", "30"))),
            RuleCase.of("DA-25-2a partial: notice period longer than two months", PARTIALLY_MET,
                    cloud(a("DA-SWITCH-CLAUSE", "yes"), a("DA-NOTICE-MONTHS", "3"), a("DA-TRANSITION-DAYS", "30"))),
            RuleCase.of("DA-25-2a partial: transitional period longer than 30 days", PARTIALLY_MET,
                    cloud(a("DA-SWITCH-CLAUSE", "yes"), a("DA-NOTICE-MONTHS", "2"), a("DA-TRANSITION-DAYS", "31"))),
            RuleCase.of("DA-25-2a partial: notice or transitional period not stated", PARTIALLY_MET,
                    cloud(a("DA-SWITCH-CLAUSE", "yes"), a("DA-NOTICE-MONTHS", "1"))),
            RuleCase.of("DA-25-2a not met: no switching clause", NOT_MET,
                    cloud(a("DA-SWITCH-CLAUSE", "no"), a("DA-NOTICE-MONTHS", "1"), a("DA-TRANSITION-DAYS", "30"))),

            RuleCase.of("DA-25-2g met: exportable data specified, retrievable for at least 30 days", MET,
                    cloud(withEvidence("DA-EXPORT-SPEC", "yes"), withEvidence("CLD-EXIT-RETRIEVAL-DAYS", "30"))),
            RuleCase.of("DA-25-2g partial: retrieval period shorter than 30 days", PARTIALLY_MET,
                    cloud(a("DA-EXPORT-SPEC", "yes"), a("CLD-EXIT-RETRIEVAL-DAYS", "29"))),
            RuleCase.of("DA-25-2g partial: exportable data not specified", PARTIALLY_MET,
                    cloud(a("DA-EXPORT-SPEC", "no"), a("CLD-EXIT-RETRIEVAL-DAYS", "60"))),
            RuleCase.of("DA-25-2g not met: neither specified nor retrievable for 30 days", NOT_MET,
                    cloud(a("DA-EXPORT-SPEC", "no"), a("CLD-EXIT-RETRIEVAL-DAYS", "14"))),

            RuleCase.of("DA-25-2h met: full erasure guaranteed", MET, cloud(withEvidence("DA-ERASURE-CLAUSE", "yes"))),
            RuleCase.of("DA-25-2h partial: erasure of part of the data only", PARTIALLY_MET,
                    cloud(a("DA-ERASURE-CLAUSE", "partial"))),
            RuleCase.of("DA-25-2h not met: no erasure clause", NOT_MET, cloud(a("DA-ERASURE-CLAUSE", "no"))),

            RuleCase.of("DA-25-2h-HS met: erasure within the hospital's deadline", MET,
                    cloud(a("DA-ERASURE-CLAUSE", "yes"), a("CLD-DELETION-DAYS", "90"))),
            RuleCase.of("DA-25-2h-HS partial: erasure guaranteed, no deadline stated", PARTIALLY_MET,
                    cloud(a("DA-ERASURE-CLAUSE", "yes"))),
            RuleCase.of("DA-25-2h-HS not met: copies kept longer than the hospital's deadline", NOT_MET,
                    cloud(a("DA-ERASURE-CLAUSE", "yes"), a("CLD-DELETION-DAYS", "91"))),

            RuleCase.of("DA-29 met: no switching charges", MET, cloud(withEvidence("DA-SWITCH-CHARGES", "NONE"))).with(
                    EvaluationContext.defaults().withAsOf(BAN)),
            RuleCase.of("DA-29 met: cost-based reduced charges before 12 January 2027", MET,
                    cloud(withEvidence("DA-SWITCH-CHARGES", "COST_BASED"))).with(DAY_BEFORE_BAN),
            RuleCase.of("DA-29 partial: cost-based charges in a contract that runs past 12 January 2027", PARTIALLY_MET,
                    cloud(a("DA-SWITCH-CHARGES", "COST_BASED"))).with(DAY_BEFORE_BAN.withContractEnd(BAN)),
            RuleCase.of("DA-29 not met: switching charges from 12 January 2027", NOT_MET,
                    cloud(a("DA-SWITCH-CHARGES", "COST_BASED"))).with(EvaluationContext.defaults().withAsOf(BAN)),
            RuleCase.of("DA-29 not met: switching charges above cost", NOT_MET,
                    cloud(a("DA-SWITCH-CHARGES", "ABOVE_COST"))),

            RuleCase.of("DA-28 met: jurisdiction and safeguards published", MET,
                    cloud(withEvidence("DA-JURISDICTION-INFO", "yes"))),
            RuleCase.of("DA-28 partial: only part of the information published", PARTIALLY_MET,
                    cloud(a("DA-JURISDICTION-INFO", "partial"))),
            RuleCase.of("DA-28 not met: nothing published", NOT_MET, cloud(a("DA-JURISDICTION-INFO", "no"))),

            RuleCase.of("DA-32 met: safeguards in place, hospital informed of requests", MET,
                    cloud(withEvidence("DA-GOV-ACCESS-MEASURES", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "yes"))),
            RuleCase.of("DA-32 partial: safeguards without notice to the hospital", PARTIALLY_MET,
                    cloud(a("DA-GOV-ACCESS-MEASURES", "yes"), a("GDPR-GOV-ACCESS-NOTIFY", "no"))),
            RuleCase.of("DA-32 partial: safeguards cover only part of the service", PARTIALLY_MET,
                    cloud(a("DA-GOV-ACCESS-MEASURES", "partial"), a("GDPR-GOV-ACCESS-NOTIFY", "yes"))),
            RuleCase.of("DA-32 not met: no safeguards", NOT_MET, cloud(a("DA-GOV-ACCESS-MEASURES", "no"))));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void switchingCharges_allowedCostBasedTheDayBefore_bannedFromTwelveJanuary2027() {
        Finding before = RuleTesting.finding("DA-29",
                RuleTesting.evidenced(cloud(a("DA-SWITCH-CHARGES", "COST_BASED"))), DAY_BEFORE_BAN);
        Finding from = RuleTesting.finding("DA-29", cloud(a("DA-SWITCH-CHARGES", "COST_BASED")),
                EvaluationContext.defaults().withAsOf(BAN));
        assertThat(before.status()).isEqualTo(MET);
        assertThat(from.status()).isEqualTo(NOT_MET);
        assertThat(from.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
    }

    @Test
    void dataActRows_bindFromTwelveSeptember2025_advisoryBefore() {
        Finding before = RuleTesting.finding("DA-25-2h", cloud(a("DA-ERASURE-CLAUSE", "no")),
                EvaluationContext.defaults().withAsOf(LocalDate.of(2025, 9, 11)));
        Finding from = RuleTesting.finding("DA-25-2h", cloud(a("DA-ERASURE-CLAUSE", "no")),
                EvaluationContext.defaults().withAsOf(LocalDate.of(2025, 9, 12)));
        assertThat(before.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(from.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
    }

    @Test
    void dataActRows_areOnlyInTheCloudProfile() {
        Assessment device = RuleTesting.evaluate(RuleTesting.device(a("MD-MDR-CE", "yes")));
        assertThat(device.findings()).noneMatch(f -> f.requirementId().startsWith("DA-"));
        Assessment cloud = RuleTesting.evaluate(cloud(ALL_MET.toArray(Answer[]::new)));
        assertThat(cloud.findings()).filteredOn(f -> f.requirementId().startsWith("DA-")).hasSize(7)
                .allMatch(f -> f.status() == Status.MET);
    }
}
