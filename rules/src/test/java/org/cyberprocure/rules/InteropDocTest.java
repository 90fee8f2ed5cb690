package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.oscal.FindingsFeedRenderer;
import org.cyberprocure.report.oscal.OscalAssessmentResultsRenderer;
import org.cyberprocure.report.oscal.OscalCatalog;
import org.junit.jupiter.api.Test;

/**
 * The examples in docs/interoperability.md are the real output, cut to one element each. Run with
 * {@code -Dcyberprocure.writeInteropDoc=true} to rewrite them after changing the exports.
 */
class InteropDocTest {
    private static final Path DOC = Path.of("..", "docs", "interoperability.md");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUIREMENT = "CRA-AI-P2-1";
    /** A gap with a risk: the hospital's SBOM standard, judged on the incomplete example SBOM. */
    private static final String GAP = "MDCG-SBOM-HS";
    private static final Map<String, String> INPUTS = Map.of("medical-device.json", "<sha-256 of the file>");

    @Test
    void examplesInTheDoc_areTheRealOutput() throws Exception {
        Map<String, String> blocks = Map.of(
                "catalog-control", catalogControl(),
                "assessment-finding", assessmentFinding(),
                "feed-line", feedLine());
        String doc = Files.readString(DOC);
        String expected = doc;
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            Pattern marker = Pattern.compile("(<!-- generated:" + block.getKey() + " -->\\n)(?s:.*?)(<!-- end -->)");
            Matcher m = marker.matcher(expected);
            assertThat(m.find()).as("marker " + block.getKey()).isTrue();
            expected = m.replaceFirst(Matcher.quoteReplacement(m.group(1) + "```json\n" + block.getValue()
                    + "\n```\n" + m.group(2)));
        }
        if (Boolean.getBoolean("cyberprocure.writeInteropDoc")) {
            Files.writeString(DOC, expected);
        }
        assertThat(doc).as("docs/interoperability.md is stale; regenerate: mvn -pl core,rules verify"
                + " -Dtest=InteropDocTest -Dcyberprocure.writeInteropDoc=true").isEqualTo(expected);
    }

    private static String catalogControl() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OscalCatalog.write(RuleTesting.CHECKER.catalog(), null, out);
        for (JsonNode controls : JSON.readTree(out.toByteArray()).findValues("controls")) {
            for (JsonNode control : controls) {
                if (control.path("id").asText().equals(REQUIREMENT)) {
                    return pretty(control);
                }
            }
        }
        throw new AssertionError(REQUIREMENT + " not in the OSCAL catalog");
    }

    private static Assessment assessment() {
        Questionnaire q = RuleTesting.CHECKER.reader().read(ExamplesTest.EXAMPLES.resolve("medical-device.json"))
                .withSbom(RuleTesting.CHECKER.sbomReader().read(ExamplesTest.EXAMPLES.resolve("sbom")
                        .resolve("sbom-infusafe-5.0-gaps.cdx.json")));
        return RuleTesting.CHECKER.evaluate(q, EvaluationContext.defaults().withContractEnd(LocalDate.of(2031, 12, 31)));
    }

    private static byte[] render(org.cyberprocure.report.ReportRenderer renderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(ReportModel.of(assessment(), RuleTesting.CHECKER.catalog()), out);
        return out.toByteArray();
    }

    /** The finding of the requirement with the observations it links to and its risk, as one excerpt. */
    private static String assessmentFinding() throws Exception {
        JsonNode result = JSON.readTree(render(new OscalAssessmentResultsRenderer(INPUTS)))
                .path("assessment-results").path("results").get(0);
        ObjectNode excerpt = JSON.createObjectNode();
        for (JsonNode finding : result.path("findings")) {
            if (!finding.path("target").path("target-id").asText().equals(GAP)) {
                continue;
            }
            excerpt.putArray("findings").add(finding);
            ArrayNode observations = excerpt.putArray("observations");
            for (JsonNode related : finding.path("related-observations")) {
                result.path("observations").forEach(o -> {
                    if (o.path("uuid").asText().equals(related.path("observation-uuid").asText())) {
                        observations.add(o);
                    }
                });
            }
            ArrayNode risks = excerpt.putArray("risks");
            for (JsonNode related : finding.path("related-risks")) {
                result.path("risks").forEach(r -> {
                    if (r.path("uuid").asText().equals(related.path("risk-uuid").asText())) {
                        risks.add(r);
                    }
                });
            }
        }
        assertThat(excerpt.path("findings")).as(GAP + " finding").hasSize(1);
        assertThat(excerpt.path("risks")).as(GAP + " risk").hasSize(1);
        return pretty(excerpt);
    }

    private static String feedLine() {
        String feed = new String(render(new FindingsFeedRenderer(INPUTS)), StandardCharsets.UTF_8);
        return feed.lines().filter(l -> l.contains("\"requirementId\":\"" + GAP + "\"")).findFirst()
                .orElseThrow();
    }

    private static String pretty(JsonNode node) throws Exception {
        return JsonMappers.TRUSTED.writeValueAsString(node);
    }
}
