package org.cyberprocure.cli.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages as the templates render them: vendor text escaped, filters applied, the page's language. */
class PagesTest {
    static final String HOSTILE = "Acme <img src=x onerror=alert(1)> GmbH";
    static ComplianceChecker checker;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        checker = ComplianceChecker.load();
    }

    @Test
    void vendorTextIsShownNeverRun() throws IOException {
        Lots lots = new Lots(checker, temp, null);
        Lot lot = lots.create(new Lot.Settings("Lot \"1\" <b>", Profile.CLOUD_MIGRATION, null, null, null), null);
        String json = Files.readString(Path.of("..", "docs", "examples", "cloud-vendor.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"" + HOSTILE.replace("\"", "\\\"") + "\"");
        LotOffer offer = lot.addOffer("x\"><script>alert(2)</script>.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(offer.refusal()).as("refusal").isNull();
        assertThat(offer.assessment().vendor().name()).isEqualTo(HOSTILE);
        Ui ui = new Ui("en", checker.catalog(), "_csrf", "token\"<", "/lots/x?a=<b>");
        ReportModel model = ReportModel.of(offer.assessment(), checker.catalog(), lot.policy(), ui.texts());
        GapFilter filter = GapFilter.of(Map.of(), List.of());
        String page = Pages.render("offer.jte", "ui", ui, "lot", lot, "offer", offer, "model", model, "filter",
                filter, "rows", filter.apply(model));
        String lotPage = Pages.render("lot.jte", "ui", ui, "lot", lot, "canSave", false);
        for (String html : List.of(page, lotPage)) {
            assertThat(html).doesNotContain(HOSTILE, "<script>alert", "<b>\"", "token\"<")
                    .contains("Acme &lt;img src=x onerror=alert(1)&gt; GmbH", "name=\"_csrf\" value=\"token&#34;&lt;\"");
        }
        assertThat(lotPage).contains("Lot \"1\" &lt;b&gt;");
        assertThat(page).contains("<html lang=\"en\">", "value=\"/lots/x?a=&lt;b>\"");
    }

    @Test
    void theGapRegisterFiltersByStatusSeverityForceAndDomainAndIgnoresUnknownValues() throws IOException {
        Lots lots = new Lots(checker, temp, null);
        Lot lot = lots.create(new Lot.Settings("Lot", Profile.CLOUD_MIGRATION, null, null, null), null);
        LotOffer offer = lot.addOffer("cloud-vendor.json", Files.readAllBytes(Path.of("..", "docs", "examples",
                "cloud-vendor.json")));
        ReportModel model = ReportModel.of(offer.assessment(), checker.catalog(), lot.policy(),
                checker.catalog().translations().texts(java.util.Locale.GERMAN));
        List<String> domains = model.assessment().domainScores().stream().map(d -> d.domain()).toList();

        GapFilter gaps = GapFilter.of(Map.of("status", List.of("bogus"), "severity", List.of("<x>")), domains);
        assertThat(gaps).isEqualTo(new GapFilter("gaps", "", "", ""));
        assertThat(gaps.apply(model)).isNotEmpty().hasSize(model.gaps().size())
                .allSatisfy(r -> assertThat(r.finding().status().isGap()).isTrue());

        GapFilter high = GapFilter.of(Map.of("severity", List.of("HIGH"), "domain", List.of(domains.get(0))), domains);
        assertThat(high.apply(model)).allSatisfy(r -> {
            assertThat(r.finding().severity()).isEqualTo(Severity.HIGH);
            assertThat(r.finding().domain()).isEqualTo(domains.get(0));
        });
        GapFilter met = GapFilter.of(Map.of("status", List.of("MET"), "force", List.of("BINDING_LAW")), domains);
        assertThat(met.apply(model)).isNotEmpty().allSatisfy(r -> assertThat(r.finding().status())
                .isEqualTo(Status.MET));
        assertThat(GapFilter.of(Map.of("status", List.of("all")), domains).apply(model)).hasSize(model.rows().size());
    }

    @Test
    void underTheHospitalsOwnPolicyTheVendorSeesTheDecisionButNotTheScore() throws IOException {
        var questionnaire = checker.reader().read(Path.of("..", "docs", "examples", "cloud-vendor.json"));
        var check = checker.selfCheck(questionnaire, org.cyberprocure.EvaluationContext.defaults());
        Ui ui = new Ui("en", checker.catalog(), "_csrf", "t", "/check");
        String open = Pages.render("check.jte", "ui", ui, "fileName", "a.json", "check", check);
        String hospital = Pages.render("check.jte", "ui", ui, "fileName", "a.json", "check", check,
                "hospitalPolicy", true);
        assertThat(open).contains("default policy would decide", "Score: 65.7");
        assertThat(hospital).contains("The hospital's policy would decide", "Accept with conditions")
                .doesNotContain("Score:");
    }

    @Test
    void pagesSpeakTheChosenLanguageAndRedirectsStayOnTheServer() {
        Ui german = new Ui("de", checker.catalog(), "_csrf", "t", "/check");
        assertThat(Pages.render("check.jte", "ui", german)).contains("<html lang=\"de\">",
                "Selbstprüfung für Anbieter", "Vorlage herunterladen");
        assertThat(new Ui("xx", checker.catalog(), "_csrf", "t", "/").lang()).isEqualTo("en");
        assertThat(Workbench.localPath("/lots/1?x=2")).isEqualTo("/lots/1?x=2");
        assertThat(Workbench.localPath("//evil.example/")).isEqualTo("/");
        assertThat(Workbench.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(Workbench.localPath("/\\evil")).isEqualTo("/");
    }
}
