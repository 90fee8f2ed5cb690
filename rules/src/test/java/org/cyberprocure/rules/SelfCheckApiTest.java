package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cyberprocure.rules.RuleTesting.CHECKER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.SelfCheck;
import org.cyberprocure.io.QuestionnaireTemplate;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;
import org.junit.jupiter.api.Test;

/** The self-check and the template as an integrator calls them. */
class SelfCheckApiTest {

    @Test
    void selfCheck_triesTheSecureAnswersBehindEachGap_andLocatesIt() {
        Questionnaire q = SampleReportTest.readSample("medical-device.json");
        SelfCheck check = CHECKER.selfCheck(q, EvaluationContext.defaults());

        assertThat(check.assessment()).usingRecursiveComparison()
                .isEqualTo(CHECKER.evaluate(q, EvaluationContext.defaults()));
        assertThat(check.gaps()).extracting(SelfCheck.Gap::finding).isSortedAccordingTo(
                ReportModel.MOST_SEVERE_FINDING_FIRST).allMatch(f -> f.status().isGap());
        SelfCheck.Gap encryption = check.gaps().stream()
                .filter(g -> g.finding().requirementId().equals("GDPR-32-1a")).findFirst().orElseThrow();
        SelfCheck.Suggestion rest = encryption.suggestions().stream()
                .filter(s -> s.question().id().equals("ENC-REST")).findFirst().orElseThrow();
        assertThat(rest.current().orElseThrow().value()).isEqualTo("no");
        assertThat(rest.suggestedValue()).isEqualTo("yes");
        assertThat(encryption.statusIfFollowed()).contains(Status.MET);
        assertThat(encryption.location().orElseThrow().pointer()).startsWith("/answers/");
        assertThat(check.decisionWithAllSuggestions()).isIn(Decision.ACCEPT, Decision.ACCEPT_WITH_CONDITIONS);
    }

    @Test
    void template_isAQuestionnaireWhoseHeaderMustBeFilledIn() {
        QuestionnaireTemplate template = CHECKER.template(Profile.CLOUD_MIGRATION);
        assertThat(template.questions()).hasSameSizeAs(CHECKER.catalog().questions(Profile.CLOUD_MIGRATION));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        template.writeJson(json);
        String blank = json.toString(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CHECKER.reader().readJson(stream(blank), "t.json"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .hasSize((int) template.headerFields().values().stream().filter(v -> v.startsWith("<")).count())
                        .allMatch(p -> p.message().contains("placeholder")));
        String filled = blank;
        for (String placeholder : template.headerFields().values()) {
            if (placeholder.startsWith("<")) {
                String value = placeholder.contains("YYYY") ? "2026-11-02" : placeholder.contains("ISO") ? "DE"
                        : "Filled in";
                filled = filled.replace("\"" + placeholder + "\"", "\"" + value + "\"");
            }
        }
        Questionnaire q = CHECKER.reader().readJson(stream(filled), "t.json");
        assertThat(q.answers()).isEmpty();
        assertThat(CHECKER.evaluate(q).decision()).isEqualTo(Decision.INCOMPLETE);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
