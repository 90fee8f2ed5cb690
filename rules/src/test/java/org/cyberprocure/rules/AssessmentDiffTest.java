package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.Waivers;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Waiver;
import org.cyberprocure.report.AssessmentJsonReader;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.tender.AssessmentDiff;
import org.cyberprocure.tender.AssessmentDiff.Cause;
import org.cyberprocure.tender.AssessmentDiff.RequirementChange;
import org.cyberprocure.tender.DiffReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resubmission compared with its first submission: what changed, and who changed it. */
class AssessmentDiffTest {
    private static final Assessment FIRST = SampleReportTest.evaluateSample("cloud-vendor.json");
    private static final Assessment ROUND_TWO = SampleReportTest.evaluateSample("resubmission/cloud-vendor-round2.json");

    @Test
    void exampleResubmission_attributesEachFlipToTheAnswersThatCausedIt() {
        AssessmentDiff diff = AssessmentDiff.between(FIRST, ROUND_TWO);
        assertThat(diff.changes()).extracting(c -> c.requirementId() + " " + c.before() + "->" + c.after() + " "
                + c.cause()).containsExactly(
                "EHP-GP-M06 PARTIALLY_MET->MET VENDOR_ANSWERS",
                "GDPR-33-2-HS NOT_MET->MET VENDOR_ANSWERS",
                "NIS2-21-2i-HS MET->PARTIALLY_MET VENDOR_ANSWERS");
        assertThat(change(diff, "EHP-GP-M06").answers()).singleElement().satisfies(a -> {
            assertThat(a.questionId()).isEqualTo("PATCH-CRITICAL-DAYS");
            assertThat(a.before()).isEqualTo(a.after()).isEqualTo("14");
            assertThat(a.evidenceBefore()).isEmpty();
            assertThat(a.evidenceAfter()).containsExactly("Patch policy 2026, section 4 (remediation targets by severity)");
        });
        assertThat(change(diff, "GDPR-33-2-HS").answers()).extracting(AssessmentDiff.AnswerChange::describe)
                .containsExactly("BREACH-HOURS: 48 \u2192 24 [Draft DPA v2, clause 9.2]");
        assertThat(change(diff, "EHP-GP-M06").knockOut()).isTrue();
        assertThat(diff.conditionsSatisfied()).containsExactly("EHP-GP-M06", "GDPR-33-2-HS");
        assertThat(diff.newGaps()).containsExactly("NIS2-21-2i-HS");
        assertThat(diff.unchanged()).isEqualTo(FIRST.findings().size() - 3);
        assertThat(diff.scoreChange()).isEqualTo(Math.round(10 * (ROUND_TWO.overallScore() - FIRST.overallScore())) / 10.0)
                .isPositive();
        assertThat(diff.decisionChanged()).isFalse();
        assertThat(diff.notes()).singleElement().asString().contains("as-of date changed");
    }

    @Test
    void requirementChangedInTheRulePack_isMarkedSo_notAsTheVendorsChange() {
        // The same flip as above, but the previous assessment was made with another definition of GDPR-33-2-HS.
        Map<String, String> digests = new HashMap<>(FIRST.requirementDigests());
        digests.put("GDPR-33-2-HS", "0000000000000000");
        Assessment olderPack = withDigests(FIRST, digests, FIRST.findings());
        AssessmentDiff diff = AssessmentDiff.between(olderPack, ROUND_TWO);
        RequirementChange change = change(diff, "GDPR-33-2-HS");
        assertThat(change.cause()).isEqualTo(Cause.RULE_PACK);
        assertThat(change.vendorsChange()).isFalse();
        assertThat(change.answers()).as("the answers that changed are still shown").isNotEmpty();
        assertThat(change(diff, "EHP-GP-M06").cause()).isEqualTo(Cause.VENDOR_ANSWERS);
    }

    @Test
    void requirementNewInTheRulePack_isMarkedSo() {
        List<Finding> without = FIRST.findings().stream().filter(f -> !f.requirementId().equals("DA-29")).toList();
        Map<String, String> digests = new HashMap<>(FIRST.requirementDigests());
        digests.remove("DA-29");
        AssessmentDiff diff = AssessmentDiff.between(withDigests(FIRST, digests, without), ROUND_TWO);
        RequirementChange added = change(diff, "DA-29");
        assertThat(added.cause()).isEqualTo(Cause.NEW_IN_RULE_PACK);
        assertThat(added.before()).isNull();
        assertThat(added.after()).isEqualTo(ROUND_TWO.finding("DA-29").status());
        AssessmentDiff back = AssessmentDiff.between(ROUND_TWO, withDigests(FIRST, digests, without));
        assertThat(change(back, "DA-29").cause()).isEqualTo(Cause.REMOVED_FROM_RULE_PACK);
    }

    @Test
    void aWaiver_orTheContext_isNamedWhenTheAnswersDidNotChange() {
        Waiver waiver = new Waiver("W-1", "GDPR-33-2-HS", FIRST.questionnaireId(), null, null, "r", "c", "x",
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31));
        Assessment waived = RuleTesting.CHECKER.evaluate(SampleReportTest.readSample("cloud-vendor.json"),
                EvaluationContext.defaults().withWaivers(new Waivers(List.of(waiver))));
        RequirementChange byWaiver = change(AssessmentDiff.between(FIRST, waived), "GDPR-33-2-HS");
        assertThat(byWaiver.cause()).isEqualTo(Cause.WAIVER);
        assertThat(byWaiver.after()).isEqualTo(Status.RISK_ACCEPTED);
        assertThat(AssessmentDiff.between(FIRST, waived).conditionsSatisfied()).isEmpty();

        // A later as-of date: a test that was recent enough on 2026-10-15 is too old in 2028.
        Assessment later = RuleTesting.CHECKER.evaluate(SampleReportTest.readSample("cloud-vendor.json"),
                EvaluationContext.defaults().withAsOf(LocalDate.of(2028, 6, 1)));
        AssessmentDiff aged = AssessmentDiff.between(FIRST, later);
        assertThat(aged.changes()).isNotEmpty().allSatisfy(c -> assertThat(c.cause()).isEqualTo(Cause.CONTEXT));
    }

    @Test
    void contradictions_newAndClosed() {
        Contradiction invented = new Contradiction("CHK-TEST", "Test contradiction", "A and B cannot both be true.",
                List.of(FIRST.answers().get(0), FIRST.answers().get(1)), "CHK-TEST rule",
                org.cyberprocure.model.Severity.HIGH);
        Assessment withOne = withContradictions(FIRST, List.of(invented));
        assertThat(AssessmentDiff.between(FIRST, withOne).newContradictions()).containsExactly(invented);
        assertThat(AssessmentDiff.between(withOne, FIRST).closedContradictions()).containsExactly(invented);
        assertThat(AssessmentDiff.between(withOne, withOne).newContradictions()).isEmpty();
    }

    @Test
    void differentProfiles_cannotBeCompared() {
        assertThatThrownBy(() -> AssessmentDiff.between(FIRST, SampleReportTest.evaluateSample("medical-device.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloud-migration")
                .hasMessageContaining("medical-device");
    }

    @Test
    void assessmentJson_readsBackToTheSameAssessment(@TempDir Path dir) throws Exception {
        Assessment waived = RuleTesting.CHECKER.evaluate(SampleReportTest.readSample("cloud-vendor.json"),
                EvaluationContext.defaults().withWaivers(Waivers.read(SampleReportTest.EXAMPLES
                        .resolve("waivers/hospital-waivers.json"))));
        Path file = dir.resolve("cloud-vendor.assessment.json");
        Files.write(file, new JsonReportRenderer().bytes(ReportModel.of(waived, RuleTesting.CHECKER.catalog())));
        assertThat(AssessmentJsonReader.recognises(file)).isTrue();
        // JSON holds the texts, not the message keys behind them (docs/i18n.md): the read-back is English only.
        assertThat(AssessmentJsonReader.read(file)).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(".*rationaleMessage", ".*reasonMessage", ".*messageKey",
                        "decisionReasonMessages", ".*noteMessages?", ".*problemMessages", ".*commentMessage")
                .isEqualTo(waived);
        assertThat(AssessmentDiff.between(AssessmentJsonReader.read(file), waived).changes()).isEmpty();
    }

    @Test
    void badAssessmentFiles_areRefusedWithTheirLocation(@TempDir Path dir) throws Exception {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{\"format\": \"cyberprocure-assessment/1\",\n  oops");
        assertThatThrownBy(() -> AssessmentJsonReader.read(notJson)).isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).reason())
                        .isEqualTo(InputRejectedException.Reason.MALFORMED_JSON))
                .hasMessageContaining("line 2");
        Path otherFormat = Files.writeString(dir.resolve("b.json"), "{\"format\": \"something/2\"}");
        assertThatThrownBy(() -> AssessmentJsonReader.read(otherFormat)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("/format");
        Path broken = Files.writeString(dir.resolve("c.json"), "{\"format\": \"cyberprocure-assessment/1\", "
                + "\"assessment\": {\"questionnaireId\": \"Q\", \"findings\": 7}}");
        assertThatThrownBy(() -> AssessmentJsonReader.read(broken)).isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).reason())
                        .isEqualTo(InputRejectedException.Reason.SCHEMA_VIOLATION));
    }

    @Test
    void textAndJson_nameEveryChangeAndTheAuditRecord() throws Exception {
        AssessmentDiff diff = AssessmentDiff.between(FIRST, ROUND_TWO);
        String text = DiffReport.text(diff);
        assertThat(text).contains("EHP-GP-M06 (knock-out): PARTIALLY_MET \u2192 MET  [vendor's answers]")
                .contains("BREACH-HOURS: 48 \u2192 24").contains("Conditions of award now satisfied (2)");
        AuditRecord audit = AuditRecord.at(Instant.parse("2026-12-01T09:00:00Z"),
                List.of(new AuditRecord.InputFile("previous questionnaire", "cloud-vendor.json", "ab".repeat(32))));
        String json = new String(DiffReport.json(diff, audit), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\" : \"cyberprocure-diff/1\"").contains("\"generatedAt\" : \"2026-12-01T09:00:00Z\"")
                .contains("\"cause\" : \"VENDOR_ANSWERS\"").contains("ab".repeat(32));
        assertThat(DiffReport.json(diff, audit)).isEqualTo(DiffReport.json(diff, audit));
    }

    static RequirementChange change(AssessmentDiff diff, String id) {
        return diff.changes().stream().filter(c -> c.requirementId().equals(id)).findFirst().orElseThrow();
    }

    static Assessment withDigests(Assessment a, Map<String, String> digests, List<Finding> findings) {
        return a.toBuilder().requirementDigests(digests).findings(findings).build();
    }

    static Assessment withContradictions(Assessment a, List<Contradiction> contradictions) {
        return a.toBuilder().contradictions(contradictions).build();
    }
}
