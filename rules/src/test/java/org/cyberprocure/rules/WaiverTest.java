package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;
import org.cyberprocure.Waivers;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Waiver;
import org.cyberprocure.model.WaiverOutcome.Outcome;
import org.cyberprocure.report.ReportModel;
import org.junit.jupiter.api.Test;

/**
 * Accepted risks on the cloud sample (TENDER-2026-017-LOT2, submitted 2026-10-15): a waiver in force turns the gap
 * into RISK_ACCEPTED and keeps what the rules said; expired, not yet accepted, mismatched and binding-law waivers are
 * ignored and reported.
 */
class WaiverTest {
    private static final Questionnaire SAMPLE = SampleReportTest.readSample("cloud-vendor.json");
    private static final String ID = "TENDER-2026-017-LOT2";
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 10, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 31);

    private static Waiver waiver(String requirement, LocalDate acceptedOn, LocalDate expiresOn) {
        return new Waiver("W-1", requirement, ID, null, null, "Only EEA offer.", "Contract penalty.",
                "A. Nowak, CISO", acceptedOn, expiresOn);
    }

    private static Assessment evaluate(LocalDate asOf, Policy policy, Waiver... waivers) {
        return RuleTesting.CHECKER.evaluate(SAMPLE, new EvaluationContext(asOf, null, policy)
                .withWaivers(new Waivers(List.of(waivers))));
    }

    private static Assessment evaluate(LocalDate asOf, Waiver... waivers) {
        return evaluate(asOf, Policy.defaults(), waivers);
    }

    @Test
    void waiverInForce_acceptsTheGap_keepingTheJudgedStatusAndRationale() {
        Assessment plain = evaluate(null);
        Assessment waived = evaluate(null, waiver("GDPR-33-2-HS", ACCEPTED, EXPIRES));
        Finding before = plain.finding("GDPR-33-2-HS");
        Finding after = waived.finding("GDPR-33-2-HS");
        assertThat(before.status()).isEqualTo(Status.NOT_MET);
        assertThat(after.status()).isEqualTo(Status.RISK_ACCEPTED);
        assertThat(after.acceptedRisk().originalStatus()).isEqualTo(Status.NOT_MET);
        assertThat(after.rationale()).isEqualTo(before.rationale());
        assertThat(after.acceptedRisk().waiver().compensatingControl()).isEqualTo("Contract penalty.");
        assertThat(waived.waivers()).singleElement().satisfies(o -> assertThat(o.outcome()).isEqualTo(Outcome.APPLIED));
        assertThat(waived.decisionReasons()).anyMatch(r -> r.contains("GDPR-33-2-HS by W-1"));
        long gapsBefore = plain.findings().stream().filter(f -> f.status().isGap()).count();
        assertThat(waived.findings().stream().filter(f -> f.status().isGap()).count()).isEqualTo(gapsBefore - 1);
    }

    @Test
    void expiryDate_isTheLastDayInForce() {
        LocalDate expiry = LocalDate.of(2026, 10, 15); // the sample's submission date, its as-of date
        assertThat(evaluate(null, waiver("GDPR-33-2-HS", ACCEPTED, expiry)).finding("GDPR-33-2-HS").status())
                .isEqualTo(Status.RISK_ACCEPTED);
        Assessment dayAfter = evaluate(expiry.plusDays(1), waiver("GDPR-33-2-HS", ACCEPTED, expiry));
        assertThat(dayAfter.finding("GDPR-33-2-HS").status()).isEqualTo(Status.NOT_MET);
        assertThat(dayAfter.waivers()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.EXPIRED);
            assertThat(o.note()).contains("2026-10-15").contains("2026-10-16");
        });
    }

    @Test
    void acceptanceDate_isTheFirstDayInForce() {
        LocalDate asOf = LocalDate.of(2026, 10, 15);
        assertThat(evaluate(asOf, waiver("GDPR-33-2-HS", asOf, EXPIRES)).finding("GDPR-33-2-HS").status())
                .isEqualTo(Status.RISK_ACCEPTED);
        Assessment early = evaluate(asOf, waiver("GDPR-33-2-HS", asOf.plusDays(1), EXPIRES));
        assertThat(early.finding("GDPR-33-2-HS").status()).isEqualTo(Status.NOT_MET);
        assertThat(early.waivers().get(0).outcome()).isEqualTo(Outcome.NOT_YET_IN_FORCE);
    }

    @Test
    void mismatchedWaivers_areIgnoredAndReported_othersOffersWaiversAreNotThisReportsBusiness() {
        Waiver otherProduct = new Waiver("W-2", "GDPR-33-2-HS", null, "chmura medyczna sp. z o.o. — zakład łódź",
                "Another product", "r", "c", "x", ACCEPTED, EXPIRES);
        Waiver notInProfile = waiver("MDR-AI-18.8", ACCEPTED, EXPIRES);
        Waiver noGap = new Waiver("W-4", "GDPR-33-2", ID, null, null, "r", "c", "x", ACCEPTED, EXPIRES);
        Waiver otherVendor = new Waiver("W-5", "GDPR-33-2-HS", null, "Kuvapilvi Oy", null, "r", "c", "x", ACCEPTED,
                EXPIRES);
        Assessment a = evaluate(null, otherProduct, notInProfile, noGap, otherVendor);
        assertThat(a.finding("GDPR-33-2-HS").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.waivers()).extracting(o -> o.waiver().id() + " " + o.outcome())
                .containsExactly("W-2 MISMATCHED", "W-1 MISMATCHED", "W-4 NO_GAP");
        assertThat(a.waivers().get(0).note()).contains("Another product");
    }

    @Test
    void bindingKnockOut_isWaivedOnlyWhenThePolicyAllowsIt_andTheReportSaysSoFirst() throws Exception {
        Waiver transfers = waiver("GDPR-44", ACCEPTED, EXPIRES);
        Assessment refused = evaluate(null, transfers);
        assertThat(refused.finding("GDPR-44").status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(refused.waivers().get(0).outcome()).isEqualTo(Outcome.NOT_ALLOWED_BY_POLICY);

        Policy lenient = withAcceptedRisks(null, true);
        Assessment allowed = evaluate(null, lenient, transfers);
        Finding waived = allowed.finding("GDPR-44");
        assertThat(waived.status()).isEqualTo(Status.RISK_ACCEPTED);
        assertThat(waived.acceptedRisk().bindingKnockOut()).isTrue();
        assertThat(allowed.decisionReasons().get(0)).startsWith("Knock-out GDPR-44").contains("binding law")
                .contains("the legal obligation still applies");
        assertThat(allowed.decisionReasons()).noneMatch(r -> r.startsWith("Knock-out GDPR-44") && r.contains("condition"));

        ReportModel model = ReportModel.of(allowed, RuleTesting.CHECKER.catalog(), lenient, Locale.ENGLISH);
        assertThat(model.waivedBindingKnockOuts()).extracting(r -> r.finding().requirementId()).containsExactly("GDPR-44");
        List<String> pages = SampleReportTest.pages(SampleReportTest.pdf(model));
        // The executive summary opens with the warning, before the decision and its reasons.
        String summary = pages.stream().filter(p -> p.contains("Decision and why")).findFirst().orElseThrow();
        assertThat(summary.indexOf("knock-out criterion of binding law is waived"))
                .isGreaterThan(-1).isLessThan(summary.indexOf("Decision and why"));
        String risks = String.join(" ", pages);
        assertThat(risks).contains("Accepted risks").contains("Compensating control: Contract penalty.");
    }

    @Test
    void thePolicyDecidesTheCreditOfAnAcceptedRisk() {
        Waiver waiver = waiver("GDPR-33-2-HS", ACCEPTED, EXPIRES); // NOT_MET: no credit as judged
        double plain = evaluate(null).overallScore();
        assertThat(evaluate(null, waiver).overallScore()).as("default: the credit of the judged status")
                .isEqualTo(plain);
        assertThat(evaluate(null, withAcceptedRisks(1.0, false), waiver).overallScore()).isGreaterThan(plain);
        Waiver partial = waiver("CLD-EXIT-PORTABILITY", ACCEPTED, EXPIRES); // PARTIALLY_MET: half credit as judged
        assertThat(evaluate(null, withAcceptedRisks(0.0, false), partial).overallScore()).isLessThan(plain);
    }

    @Test
    void waivingAFailedKnockOut_liftsTheRejection() {
        Questionnaire weak = SampleReportTest.readSample("cloud-weak.json");
        EvaluationContext context = EvaluationContext.defaults();
        Assessment rejected = RuleTesting.CHECKER.evaluate(weak, context);
        assertThat(rejected.decision()).isEqualTo(Decision.REJECT);
        List<Waiver> all = rejected.findings().stream().filter(Finding::knockOutHit)
                .map(f -> new Waiver("W-" + f.requirementId(), f.requirementId(), weak.id(), null, null, "r", "c", "x",
                        weak.submitted(), weak.submitted()))
                .toList();
        Policy lenient = withAcceptedRisks(null, true);
        Assessment waived = RuleTesting.CHECKER.evaluate(weak, context.withPolicy(lenient)
                .withWaivers(new Waivers(all)));
        assertThat(waived.findings()).noneMatch(Finding::knockOutHit);
        assertThat(waived.decisionReasons()).noneMatch(r -> r.contains("is not met:"));
    }

    @Test
    void theExampleWaiverFile_readsAndValidates() {
        Waivers file = Waivers.read(SampleReportTest.EXAMPLES.resolve("waivers/hospital-waivers.json"));
        assertThat(file.waivers()).hasSize(6);
        Assessment a = RuleTesting.CHECKER.evaluate(SAMPLE, EvaluationContext.defaults().withWaivers(file));
        assertThat(a.waivers()).extracting(o -> o.waiver().id() + " " + o.outcome()).containsExactly(
                "W-2026-017-01 APPLIED", "W-2026-017-02 APPLIED", "W-2026-017-03 EXPIRED",
                "W-2026-017-04 NOT_ALLOWED_BY_POLICY", "W-2026-017-05 MISMATCHED");
    }

    @Test
    void badWaiverFiles_areRefusedWithWhereAndWhat() {
        assertThatThrownBy(() -> read("{\"waiversFormat\": \"cyberprocure-waivers/1\", \"waivers\": [{\"id\": \"W-1\","
                + " \"requirement\": \"GDPR-44\", \"questionnaireId\": \"Q\", \"reason\": \"r\", \"compensatingControl\": \"c\","
                + " \"acceptedBy\": \"x\", \"acceptedOn\": \"2026-02-30\", \"expiresOn\": \"2027-01-01\"}]}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("/waivers/0/acceptedOn");
        assertThatThrownBy(() -> read("{\"waiversFormat\": \"cyberprocure-waivers/1\", \"waivers\": [{\"id\": \"W-1\","
                + " \"requirement\": \"GDPR-44\", \"reason\": \"r\", \"compensatingControl\": \"c\","
                + " \"acceptedBy\": \"x\", \"acceptedOn\": \"2026-01-01\", \"expiresOn\": \"2027-01-01\"}]}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("/waivers/0");
        String twice = "{\"id\": \"W-1\", \"requirement\": \"GDPR-44\", \"vendor\": \"V\", \"reason\": \"r\","
                + " \"compensatingControl\": \"c\", \"acceptedBy\": \"x\", \"acceptedOn\": \"2026-01-01\","
                + " \"expiresOn\": \"2027-01-01\"}";
        assertThatThrownBy(() -> read("{\"waiversFormat\": \"cyberprocure-waivers/1\", \"waivers\": [" + twice + ", "
                + twice + "]}")).isInstanceOf(ConfigurationException.class).hasMessageContaining("W-1 is used twice");
        assertThatThrownBy(() -> read("{\"waiversFormat\": \"cyberprocure-waivers/1\", \"waivers\": [" + twice
                .replace("\"expiresOn\": \"2027-01-01\"", "\"expiresOn\": \"2025-12-31\"") + "]}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("/waivers/0")
                .hasMessageContaining("before it was accepted");
    }

    private static Waivers read(String json) {
        return Waivers.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    static Policy withAcceptedRisks(Double credit, boolean waiveBinding) {
        Policy d = Policy.defaults();
        return new Policy("Lenient", "1", d.severityWeights(), d.partialCredit(), d.rejectBelowScore(),
                d.contradictionsBlockAccept(), d.addedKnockOuts(), d.removedKnockOuts(), d.requirementWeights(),
                d.thresholds(), d.hospitalCountry(), credit, waiveBinding);
    }
}
