package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.ReportModel.FindingRow;
import org.junit.jupiter.api.Test;

/** What the renderer-neutral report model selects, orders and refuses. */
class ReportModelTest {
    static final Catalog CATALOG = RuleTesting.CHECKER.catalog();

    @Test
    void assessmentScoredWithACustomPolicy_isReportedWithThePolicyItRecords() {
        Policy strict = new Policy("Hospital strict", "3", Map.of(), 0.25, 80.0, true, Set.of("GDPR-32-1a"), Set.of(),
                Map.of("GDPR-44", 9));
        Assessment assessment = RuleTesting.CHECKER.evaluate(SampleReportTest.readSample("cloud-vendor.json"),
                EvaluationContext.defaults().withPolicy(strict));

        assertThat(assessment.scoringPolicy()).isEqualTo(strict);
        for (ReportModel model : List.of(ReportModel.of(assessment, CATALOG),
                ReportModel.of(assessment, CATALOG, strict, Locale.ENGLISH))) {
            assertThat(model.policy()).isEqualTo(strict);
            assertThat(model.policyFacts()).extracting(ReportModel.Fact::value)
                    .contains("Hospital strict 3", "0.25", "80\u00a0%", "GDPR-32-1a", "GDPR-44 9");
        }
        assertThat(ReportModel.of(assessment, CATALOG, Locale.GERMAN).policy()).isEqualTo(strict);
    }

    @Test
    void anotherPolicyThanTheAssessments_isRefused() {
        Policy strict = new Policy("Hospital strict", "3", Map.of(), 0.25, 80.0, true, Set.of(), Set.of(), Map.of());
        Assessment assessment = RuleTesting.CHECKER.evaluate(SampleReportTest.readSample("cloud-vendor.json"),
                EvaluationContext.defaults().withPolicy(strict));

        assertThatThrownBy(() -> ReportModel.of(assessment, CATALOG, Policy.defaults(), Locale.ENGLISH))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("Hospital strict 3");
    }

    @Test
    void assessmentBuiltByHand_withACustomPolicyLabelOnly_needsThePolicyGiven() {
        Assessment evaluated = SampleReportTest.evaluateSample("cloud-vendor.json");
        Assessment byHand = evaluated.toBuilder().policy("Hospital strict 3").scoringPolicy(null)
                .waivers(List.of()).requirementDigests(Map.of()).decisionReasonMessages(List.of()).build();

        assertThat(ReportModel.of(evaluated, CATALOG).policy()).isEqualTo(Policy.defaults());
        assertThatThrownBy(() -> ReportModel.of(byHand, CATALOG)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("by label only");
    }

    @Test
    void catalogOfAnotherVersion_isRefused() {
        Catalog other = new Catalog("1999.1.0", CATALOG.requirements(), CATALOG.questions(),
                CATALOG.consistencyChecks());
        Assessment assessment = SampleReportTest.evaluateSample("cloud-vendor.json");
        assertThatThrownBy(() -> ReportModel.of(assessment, other, Policy.defaults(), Locale.ENGLISH))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("1999.1.0");
    }

    @Test
    void gaps_failedKnockOutsFirst_thenTheReportsSeverityOrder() {
        SyntheticReport.Input input = SyntheticReport.of(120);
        ReportModel model = ReportModel.of(input.assessment(), input.catalog(), Policy.defaults(), Locale.ENGLISH);
        List<Finding> gaps = model.gaps().stream().map(FindingRow::finding).toList();

        assertThat(gaps).allMatch(f -> f.status().isGap());
        assertThat(gaps).hasSize((int) input.assessment().findings().stream().filter(f -> f.status().isGap()).count());
        long knockOuts = gaps.stream().filter(Finding::knockOutHit).count();
        assertThat(knockOuts).isPositive();
        assertThat(gaps.subList(0, (int) knockOuts)).allMatch(Finding::knockOutHit);
        assertThat(gaps).isSortedAccordingTo(ReportModel.MOST_SEVERE_FINDING_FIRST);
        assertThat(model.mostSevereGaps(5)).extracting(FindingRow::finding).isEqualTo(gaps.subList(0, 5));
    }

    @Test
    void gapsByDomain_followDomainOrder_andHoldEveryGapOnce() {
        SyntheticReport.Input input = SyntheticReport.of(120);
        ReportModel model = ReportModel.of(input.assessment(), input.catalog(), Policy.defaults(), Locale.ENGLISH);
        List<String> domainOrder = input.assessment().domainScores().stream().map(d -> d.domain()).toList();

        List<ReportModel.DomainGaps> groups = model.gapsByDomain();
        assertThat(groups).extracting(g -> g.score().domain()).isSubsetOf(domainOrder)
                .isSortedAccordingTo((x, y) -> domainOrder.indexOf(x) - domainOrder.indexOf(y));
        groups.forEach(g -> assertThat(g.gaps()).allMatch(r -> r.finding().domain().equals(g.score().domain())));
        assertThat(groups.stream().mapToInt(g -> g.gaps().size()).sum()).isEqualTo(model.gaps().size());
        assertThat(model.resolved()).noneMatch(r -> r.finding().status().isGap());
        assertThat(model.resolved().size() + model.gaps().size()).isEqualTo(model.rows().size());
    }

    @Test
    void statusCounts_coverEveryStatus_andAddUpToTheFindings() {
        ReportModel model = ReportModel.of(SampleReportTest.evaluateSample("medical-device.json"), CATALOG);
        assertThat(model.statusCounts()).extracting(ReportModel.StatusCount::status)
                .containsExactly(Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, Status.NOT_ANSWERED,
                        Status.RISK_ACCEPTED, Status.NOT_APPLICABLE, Status.HOSPITAL_RESPONSIBILITY);
        assertThat(model.statusCounts().stream().mapToInt(ReportModel.StatusCount::count).sum())
                .isEqualTo(model.rows().size());
    }

    @Test
    void answers_listEveryQuestionOfTheProfile_answeredOrNot() {
        Assessment assessment = SampleReportTest.evaluateSample("cloud-vendor.json");
        ReportModel model = ReportModel.of(assessment, CATALOG);
        List<ReportModel.QuestionRow> rows = model.answers().stream().flatMap(s -> s.questions().stream()).toList();

        assertThat(rows).extracting(ReportModel.QuestionRow::questionId)
                .containsExactlyInAnyOrderElementsOf(CATALOG.questions(assessment.profile()).stream()
                        .map(q -> q.id()).toList());
        assertThat(rows.stream().filter(ReportModel.QuestionRow::answered).count())
                .isEqualTo(assessment.answers().size());
        assertThat(rows).anyMatch(r -> !r.answered());
    }

    @Test
    void gapRows_carryRemediationAndContractClause_metRowsDoNot() {
        ReportModel model = ReportModel.of(SampleReportTest.evaluateSample("cloud-vendor.json"), CATALOG);
        assertThat(model.gaps()).isNotEmpty()
                .allMatch(r -> !r.remediation().isEmpty() && !r.contractClause().isEmpty());
        assertThat(model.resolved()).allMatch(r -> r.remediation().isEmpty() && r.contractClause().isEmpty());
    }

    @Test
    void labels_followTheLocale_andDecisionIsInWords() {
        Assessment assessment = SampleReportTest.evaluateSample("cloud-vendor.json");
        assertThat(ReportModel.of(assessment, CATALOG, Policy.defaults(), Locale.GERMAN).decisionText())
                .isEqualTo("Unter Auflagen annehmen");
        assertThat(ReportModel.of(assessment, CATALOG, Policy.defaults(), Locale.CANADA_FRENCH).decisionText())
                .isEqualTo("Accepter sous conditions");
        ReportModel english = ReportModel.of(assessment, CATALOG);
        assertThat(english.decisionText()).isEqualTo("Accept with conditions");
        assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
    }
}
