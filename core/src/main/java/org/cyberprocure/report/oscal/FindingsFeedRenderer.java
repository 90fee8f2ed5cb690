package org.cyberprocure.report.oscal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.ReportRenderer;

/**
 * The findings as JSON Lines for a SIEM or data warehouse: one JSON object per line and finding, in catalog order,
 * each self-contained (questionnaire, vendor, product, catalog and rule-pack versions, decision, and the inputs'
 * SHA-256 digests repeated on every line), UTF-8, {@code \n} after every line. The fields and their order are
 * stable within a {@link #FEED} version; a new field may be added, a changed or removed one bumps the version.
 * Documented in docs/interoperability.md.
 */
public final class FindingsFeedRenderer implements ReportRenderer {
    /** Names the line format; bumped on incompatible changes. */
    public static final String FEED = "cyberprocure-findings/1";

    private static final ObjectMapper LINES = JsonMappers.TRUSTED.copy().disable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> inputs;

    /** Without input digests (the {@code inputs} object is then empty). */
    public FindingsFeedRenderer() {
        this(Map.of());
    }

    /** @param inputs the input files by name with the SHA-256 of their bytes (lower-case hex) */
    public FindingsFeedRenderer(Map<String, String> inputs) {
        this.inputs = new TreeMap<>(Objects.requireNonNull(inputs, "inputs"));
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        Assessment a = model.assessment();
        try {
            for (Finding f : a.findings()) {
                out.write(LINES.writeValueAsString(line(a, f, inputs)).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed line cannot be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode line(Assessment a, Finding f, Map<String, String> inputs) {
        ObjectNode line = Oscal.object();
        line.put("feed", FEED);
        line.put("questionnaireId", a.questionnaireId());
        line.put("vendor", a.vendor().name());
        line.put("vendorCountry", a.vendor().country());
        line.put("product", a.product().name());
        line.put("productVersion", a.product().version());
        line.put("profile", a.profile().id());
        line.put("catalogVersion", a.catalogVersion());
        line.put("rulePack", a.rulePack());
        line.put("rulePackVersion", a.rulePackVersion());
        line.put("asOf", a.asOf().toString());
        line.put("decision", a.decision().name());
        line.put("findingId", Oscal.uuid("finding", a.questionnaireId() + "\u001f" + a.catalogVersion() + "\u001f"
                + a.asOf(), f.requirementId()));
        line.put("requirementId", f.requirementId());
        line.put("title", f.title());
        line.put("domain", f.domain());
        line.put("status", f.status().name());
        line.put("gap", f.status().isGap());
        line.put("legalForce", f.legalForce().name());
        line.put("severity", f.severity().name());
        line.put("knockOut", f.knockOut());
        line.put("citation", f.citation().describe());
        line.put("rationale", f.rationale());
        ArrayNode answers = line.putArray("answers");
        for (Answer answer : f.answers()) {
            answers.addObject().put("questionId", answer.questionId()).put("value", answer.value());
        }
        ObjectNode files = line.putObject("inputs");
        inputs.forEach(files::put);
        return line;
    }
}
