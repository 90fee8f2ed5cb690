package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.BundledSchemas;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.ReportRenderer;
import org.cyberprocure.report.oscal.FindingsFeedRenderer;
import org.cyberprocure.report.oscal.OscalAssessmentResultsRenderer;
import org.cyberprocure.report.oscal.OscalCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OSCAL catalog and assessment results are valid against NIST's OSCAL 1.1.3 JSON schema (bundled), carry every
 * id of the catalog and the assessment, and are byte-for-byte deterministic; the JSON Lines feed has one line per
 * finding that names the same finding as the OSCAL document.
 */
class OscalExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalog CATALOG = RuleTesting.CHECKER.catalog();
    private static final Schema OSCAL = BundledSchemas.oscal();
    private static final Map<String, String> INPUTS = Map.of("medical-device.json",
            "8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4");

    private static byte[] catalogBytes(Profile profile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OscalCatalog.write(CATALOG, profile, out);
        return out.toByteArray();
    }

    private static byte[] render(ReportRenderer renderer, Assessment assessment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportModel.of(assessment, CATALOG), out);
        return out.toByteArray();
    }

    private static Assessment medicalDeviceWithSbom() {
        Questionnaire q = RuleTesting.CHECKER.reader().read(ExamplesTest.EXAMPLES.resolve("medical-device.json"))
                .withSbom(RuleTesting.CHECKER.sbomReader().read(ExamplesTest.EXAMPLES.resolve("sbom")
                        .resolve("sbom-infusafe-5.0-gaps.cdx.json")));
        return RuleTesting.CHECKER.evaluate(q, EvaluationContext.defaults().withContractEnd(LocalDate.of(2031, 12, 31)));
    }

    private static void assertValid(JsonNode document) {
        assertThat(BundledSchemas.check(OSCAL, document).violations()).as("OSCAL 1.1.3 schema").isEmpty();
        assertThat(BundledSchemas.check(OSCAL, document).formatWarnings()).as("OSCAL formats").isEmpty();
    }

    @Test
    void catalog_isValidOscalAndKeepsEveryRequirementAndQuestionId() throws Exception {
        JsonNode oscal = JSON.readTree(catalogBytes(null));

        assertValid(oscal);
        List<JsonNode> controls = oscal.path("catalog").path("groups").findValues("controls").stream()
                .flatMap(c -> toList(c).stream()).toList();
        assertThat(controls.stream().map(c -> c.path("id").asText())).as("grouped by domain, each id once")
                .containsExactlyInAnyOrderElementsOf(CATALOG.requirements().stream().map(Requirement::id).toList());
        for (JsonNode control : controls) {
            Requirement r = CATALOG.requirement(control.path("id").asText()).orElseThrow();
            assertThat(props(control, "legal-force")).containsExactly(r.legalForce().name());
            assertThat(props(control, "severity")).containsExactly(r.severity().name());
            assertThat(control.path("links").get(0).path("text").asText()).isEqualTo(r.citation().describe());
            assertThat(control.path("parts").get(0).path("prose").asText()).isEqualTo(r.paraphrase().strip());
            assertThat(toList(control.path("params")).stream().map(p -> props(p, "question-id").get(0)))
                    .containsExactlyElementsOf(r.questions());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cloud-migration", "medical-device"})
    void profileCatalog_isValidOscalWithThatProfilesRequirements(String profileId) throws Exception {
        Profile profile = Profile.byId(profileId).orElseThrow();
        JsonNode oscal = JSON.readTree(catalogBytes(profile));

        assertValid(oscal);
        assertThat(oscal.path("catalog").path("groups").findValues("controls").stream().mapToInt(JsonNode::size).sum())
                .isEqualTo(CATALOG.requirements(profile).size());
    }

    @Test
    void catalog_isDeterministic() {
        assertThat(catalogBytes(null)).isEqualTo(catalogBytes(null));
    }

    @Test
    void assessmentResults_areValidOscalAndLinkFindingsToAnswersAndRisks() throws Exception {
        Assessment assessment = medicalDeviceWithSbom();
        JsonNode oscal = JSON.readTree(render(new OscalAssessmentResultsRenderer(INPUTS), assessment));

        assertValid(oscal);
        JsonNode result = oscal.path("assessment-results").path("results").get(0);
        assertThat(props(result, "decision")).containsExactly(assessment.decision().name());
        assertThat(toList(result.path("findings")).stream().map(f -> f.path("target").path("target-id").asText()))
                .containsExactlyElementsOf(assessment.findings().stream().map(Finding::requirementId).toList());
        assertThat(toList(result.path("observations")).stream().map(o -> props(o, "question-id").get(0)))
                .containsExactlyElementsOf(assessment.answers().stream().map(Answer::questionId).toList());
        Set<String> observationIds = uuids(result.path("observations"));
        Set<String> riskIds = uuids(result.path("risks"));
        for (JsonNode finding : result.path("findings")) {
            finding.path("related-observations").forEach(o -> assertThat(observationIds)
                    .contains(o.path("observation-uuid").asText()));
            finding.path("related-risks").forEach(r -> assertThat(riskIds).contains(r.path("risk-uuid").asText()));
        }
        assertThat(riskIds).hasSize((int) assessment.findings().stream().filter(f -> f.status().isGap()).count());
        assertThat(oscal.path("assessment-results").path("back-matter").toString())
                .contains("sbom-infusafe-5.0-gaps.cdx.json").contains(INPUTS.get("medical-device.json"));
    }

    @Test
    void assessmentResultsOfAVendorForm_nameTheFormItems() throws Exception {
        Questionnaire form = RuleTesting.CHECKER.mds2Reader().read(ExamplesTest.EXAMPLES.resolve("infusion-pump-mds2.xlsx"));
        Assessment assessment = RuleTesting.CHECKER.evaluate(form);
        JsonNode oscal = JSON.readTree(render(new OscalAssessmentResultsRenderer(), assessment));

        assertValid(oscal);
        assertThat(oscal.findValues("props").stream().flatMap(p -> toList(p).stream())
                .filter(p -> p.path("name").asText().equals("form-item")).count()).isPositive();
    }

    @Test
    void assessmentResults_areDeterministic() {
        Assessment assessment = medicalDeviceWithSbom();

        assertThat(render(new OscalAssessmentResultsRenderer(INPUTS), assessment))
                .isEqualTo(render(new OscalAssessmentResultsRenderer(INPUTS), medicalDeviceWithSbom()));
    }

    @Test
    void schemaValidation_catchesABrokenDocument() throws Exception {
        ObjectNode oscal = (ObjectNode) JSON.readTree(render(new OscalAssessmentResultsRenderer(),
                medicalDeviceWithSbom()));
        ((ObjectNode) oscal.path("assessment-results")).remove("import-ap");
        ((ObjectNode) oscal.path("assessment-results").path("results").get(0).path("findings").get(0))
                .put("uuid", "not-a-uuid");

        assertThat(BundledSchemas.check(OSCAL, oscal).violations()).isNotEmpty();
    }

    @Test
    void feed_hasOneLinePerFindingNamingTheSameFindingAsOscal() throws Exception {
        Assessment assessment = medicalDeviceWithSbom();
        String feed = new String(render(new FindingsFeedRenderer(INPUTS), assessment), StandardCharsets.UTF_8);
        JsonNode oscal = JSON.readTree(render(new OscalAssessmentResultsRenderer(INPUTS), assessment));

        List<String> lines = feed.lines().toList();
        assertThat(feed).endsWith("\n");
        assertThat(lines).hasSize(assessment.findings().size());
        Map<String, String> oscalFindingIds = toList(oscal.path("assessment-results").path("results").get(0)
                .path("findings")).stream().collect(Collectors.toMap(f -> f.path("target").path("target-id").asText(),
                f -> f.path("uuid").asText()));
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            Finding finding = assessment.findings().get(i);
            assertThat(line.path("feed").asText()).isEqualTo(FindingsFeedRenderer.FEED);
            assertThat(line.path("questionnaireId").asText()).isEqualTo(assessment.questionnaireId());
            assertThat(line.path("vendor").asText()).isEqualTo(assessment.vendor().name());
            assertThat(line.path("catalogVersion").asText()).isEqualTo(assessment.catalogVersion());
            assertThat(line.path("requirementId").asText()).isEqualTo(finding.requirementId());
            assertThat(line.path("status").asText()).isEqualTo(finding.status().name());
            assertThat(line.path("findingId").asText()).isEqualTo(oscalFindingIds.get(finding.requirementId()));
            assertThat(line.path("inputs").path("medical-device.json").asText())
                    .isEqualTo(INPUTS.get("medical-device.json"));
        }
        assertThat(render(new FindingsFeedRenderer(INPUTS), assessment))
                .isEqualTo(render(new FindingsFeedRenderer(INPUTS), medicalDeviceWithSbom()));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static List<String> props(JsonNode element, String name) {
        return toList(element.path("props")).stream().filter(p -> p.path("name").asText().equals(name))
                .map(p -> p.path("value").asText()).toList();
    }

    private static Set<String> uuids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(e -> ids.add(e.path("uuid").asText()));
        return ids;
    }
}
