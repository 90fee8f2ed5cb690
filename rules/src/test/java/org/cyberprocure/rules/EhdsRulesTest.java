package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_APPLICABLE;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.device;

import java.time.LocalDate;
import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.junit.jupiter.api.Test;

/** ehds.drl: one case per rule, GATE-15 and the EHDS application dates (Art 105). */
class EhdsRulesTest extends RuleCasesTest {
    /** Before the first EHDS date (the default as-of date is 2026-11-01). */
    static final EvaluationContext BEFORE_2029 = EvaluationContext.defaults();
    static final EvaluationContext FROM_2029 = EvaluationContext.defaults().withAsOf(LocalDate.of(2029, 3, 26));
    static final EvaluationContext LAST_DAY_BEFORE_2029 = EvaluationContext.defaults().withAsOf(LocalDate.of(2029, 3, 25));
    static final EvaluationContext FROM_2031 = EvaluationContext.defaults().withAsOf(LocalDate.of(2031, 3, 26));

    /** An on-premises EHR system for patient summaries (the 2029 category), i.e. no gate applies. */
    private static org.cyberprocure.model.Questionnaire ehr(org.cyberprocure.model.Answer... answers) {
        org.cyberprocure.model.Answer[] all = new org.cyberprocure.model.Answer[answers.length + 1];
        all[0] = a("EHDS-PRIORITY-DATA", "SUMMARY_OR_PRESCRIPTION");
        System.arraycopy(answers, 0, all, 1, answers.length);
        return device(all);
    }

    /** An EHR system that is ready for the EHDS before it applies (used by DecisionTest's perfect offer). */
    static final List<org.cyberprocure.model.Answer> PERFECT = List.of(a("EHDS-PRIORITY-DATA", "SUMMARY_OR_PRESCRIPTION"),
            a("EHDS-HARMONISED-COMPONENTS", "DATED_ROADMAP"), a("EHDS-ACCESS-LOG", "yes"),
            a("EHDS-CONFORMITY", "PLANNED_BEFORE_APPLICATION"), a("EHDS-EU-DATABASE", "PLANNED_BEFORE_APPLICATION"));

    static final List<RuleCase> CASES = List.of(
            RuleCase.of("EHDS-25 met: both harmonised components implemented", MET,
                    ehr(a("EHDS-HARMONISED-COMPONENTS", "BOTH_IMPLEMENTED"))).with(FROM_2029),
            RuleCase.of("EHDS-25 met: dated roadmap, not yet due", MET,
                    ehr(a("EHDS-HARMONISED-COMPONENTS", "DATED_ROADMAP"))).with(LAST_DAY_BEFORE_2029),
            RuleCase.of("EHDS-25 partial: only a roadmap, though the obligation applies", PARTIALLY_MET,
                    ehr(a("EHDS-HARMONISED-COMPONENTS", "DATED_ROADMAP"))).with(FROM_2029),
            RuleCase.of("EHDS-25 partial: roadmap without dates", PARTIALLY_MET,
                    ehr(a("EHDS-HARMONISED-COMPONENTS", "UNDATED_ROADMAP"))),
            RuleCase.of("EHDS-25 not met: harmonised components not planned", NOT_MET,
                    ehr(a("EHDS-HARMONISED-COMPONENTS", "NONE"))).with(FROM_2029),
            RuleCase.of("EHDS-AII-3.2 met: access log with all five elements and review tools", MET,
                    ehr(a("EHDS-ACCESS-LOG", "yes"))),
            RuleCase.of("EHDS-AII-3.2 partial: elements or review tools missing", PARTIALLY_MET,
                    ehr(a("EHDS-ACCESS-LOG", "partial"))).with(FROM_2029),
            RuleCase.of("EHDS-AII-3.2 not met: no access log", NOT_MET, ehr(a("EHDS-ACCESS-LOG", "no"))),
            RuleCase.of("EHDS-30-CE met: declared and CE-marked", MET,
                    ehr(a("EHDS-CONFORMITY", "DECLARED_CE_MARKED"))).with(FROM_2029),
            RuleCase.of("EHDS-30-CE met: conformity planned, not yet due", MET,
                    ehr(a("EHDS-CONFORMITY", "PLANNED_BEFORE_APPLICATION"))),
            RuleCase.of("EHDS-30-CE partial: only planned, though the obligation applies", PARTIALLY_MET,
                    ehr(a("EHDS-CONFORMITY", "PLANNED_BEFORE_APPLICATION"))).with(FROM_2029),
            RuleCase.of("EHDS-30-CE not met: no EHDS conformity planned", NOT_MET,
                    ehr(a("EHDS-CONFORMITY", "NOT_PLANNED"))),
            RuleCase.of("EHDS-49 met: registered in the EU database", MET,
                    ehr(a("EHDS-EU-DATABASE", "REGISTERED"))).with(FROM_2029),
            RuleCase.of("EHDS-49 met: registration planned, not yet due", MET,
                    ehr(a("EHDS-EU-DATABASE", "PLANNED_BEFORE_APPLICATION"))),
            RuleCase.of("EHDS-49 partial: only planned, though the obligation applies", PARTIALLY_MET,
                    ehr(a("EHDS-EU-DATABASE", "PLANNED_BEFORE_APPLICATION"))).with(FROM_2031),
            RuleCase.of("EHDS-49 not met: registration not planned", NOT_MET,
                    ehr(a("EHDS-EU-DATABASE", "NOT_PLANNED"))).with(FROM_2029));

    /** Gate cases: the deciding rule is GATE-15, the requirement one of its rows. */
    static final List<RuleCase> GATE_CASES = List.of(
            new RuleCase("GATE-15 the EHDS rows need an EHR system", "EHDS-30-CE",
                    cloud(a("EHDS-PRIORITY-DATA", "NONE"), a("EHDS-CONFORMITY", "NOT_PLANNED")), FROM_2031,
                    NOT_APPLICABLE),
            new RuleCase("GATE-15 images, laboratory results and discharge reports bind only from 2031-03-26", "EHDS-25",
                    device(a("EHDS-PRIORITY-DATA", "IMAGES_LAB_OR_DISCHARGE"), a("EHDS-HARMONISED-COMPONENTS", "NONE")),
                    FROM_2029, NOT_APPLICABLE),
            new RuleCase("GATE-15 an EHR system offered as a service binds only from 2031-03-26", "EHDS-49",
                    cloud(a("EHDS-PRIORITY-DATA", "SUMMARY_OR_PRESCRIPTION"), a("EHDS-EU-DATABASE", "NOT_PLANNED")),
                    FROM_2029, NOT_APPLICABLE));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void gateCases_decideAsTheGateSays() {
        GATE_CASES.forEach(RuleCase::verify);
    }

    @Test
    void rowsAreBindingLaw_advisoryBeforeTheirDate_andBindingFromIt() {
        Finding before = RuleTesting.finding("EHDS-30-CE", ehr(a("EHDS-CONFORMITY", "NOT_PLANNED")), LAST_DAY_BEFORE_2029);
        assertThat(before.status()).isEqualTo(NOT_MET);
        assertThat(before.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(before.rationale()).contains("2029-03-26");
        Finding from = RuleTesting.finding("EHDS-30-CE", ehr(a("EHDS-CONFORMITY", "NOT_PLANNED")), FROM_2029);
        assertThat(from.legalForce()).isEqualTo(LegalForce.BINDING_LAW);
    }

    @Test
    void the2031Categories_andSystemsOfferedAsAService_bindFrom2031_notBefore() {
        var images = device(a("EHDS-PRIORITY-DATA", "IMAGES_LAB_OR_DISCHARGE"), a("EHDS-ACCESS-LOG", "no"));
        Finding advisory = RuleTesting.finding("EHDS-AII-3.2", images, FROM_2029);
        assertThat(advisory.status()).isEqualTo(NOT_APPLICABLE);
        assertThat(advisory.legalForce()).isEqualTo(LegalForce.ADVISORY);
        assertThat(advisory.rationale()).contains("2031-03-26", "Benchmark only");
        Finding binding = RuleTesting.finding("EHDS-AII-3.2", images, FROM_2031);
        assertThat(binding.status()).isEqualTo(NOT_MET);
        assertThat(binding.legalForce()).isEqualTo(LegalForce.BINDING_LAW);

        var saas = cloud(a("EHDS-PRIORITY-DATA", "SUMMARY_OR_PRESCRIPTION"), a("EHDS-ACCESS-LOG", "no"));
        assertThat(RuleTesting.finding("EHDS-AII-3.2", saas, FROM_2031.withAsOf(LocalDate.of(2031, 3, 25))).status())
                .isEqualTo(NOT_APPLICABLE);
        assertThat(RuleTesting.finding("EHDS-AII-3.2", saas, FROM_2031).status()).isEqualTo(NOT_MET);
    }

    @Test
    void notAnEhrSystem_leavesEveryEhdsRowNotApplicable_withAScopeNote() {
        Assessment assessment = RuleTesting.evaluate(cloud(a("EHDS-PRIORITY-DATA", "NONE")));
        assertThat(assessment.findings()).filteredOn(f -> f.citation().instrument().equals("EHDS")).hasSize(4)
                .allSatisfy(f -> assertThat(f.status()).isEqualTo(NOT_APPLICABLE));
        assertThat(assessment.scopeNotes()).anySatisfy(n -> assertThat(n.gate()).isEqualTo("GATE-15"));
    }
}
