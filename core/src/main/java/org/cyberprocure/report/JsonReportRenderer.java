package org.cyberprocure.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cyberprocure.Policy;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.VexDocument;

/**
 * The machine-readable assessment: every finding with status, rationale, deciding answers and citation, the
 * contradictions, the scores and the decision, the answers evaluated, the catalog and rule pack versions, the
 * policy in force, the audit record (generation time, tool version, SHA-256 of every input file), and the vendor's
 * VEX statements when a VEX document was read. Field order is stable (record order; sets and maps are written
 * sorted), so the same model gives the same bytes. The disclaimer is always the English one: machines read this format.
 */
public final class JsonReportRenderer implements ReportRenderer {
    /** Identifies the document's format; bumped on incompatible changes. */
    public static final String FORMAT = "cyberprocure-assessment/1";

    /** The VEX documents only when some were read, so that reports without them keep their bytes. */
    @JsonPropertyOrder({"format", "disclaimer", "audit", "assessment", "policy", "vex"})
    record Document(String format, String disclaimer, AuditRecord audit, Assessment assessment, PolicyInForce policy,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VexDocument> vex) {
    }

    /** The policy as data, in a stable order (the {@link Policy} record holds unordered sets and maps). */
    @JsonPropertyOrder({"name", "version", "severityWeights", "partialCredit", "rejectBelowScore",
            "contradictionsBlockAccept", "addedKnockOuts", "removedKnockOuts", "requirementWeights", "thresholds",
            "hospitalCountry", "acceptedRiskCredit", "waiveBindingKnockOuts"})
    record PolicyInForce(String name, String version, Map<Severity, Integer> severityWeights, double partialCredit,
                         Double rejectBelowScore, boolean contradictionsBlockAccept, List<String> addedKnockOuts,
                         List<String> removedKnockOuts, Map<String, Integer> requirementWeights,
                         Map<String, Integer> thresholds, String hospitalCountry, Double acceptedRiskCredit,
                         boolean waiveBindingKnockOuts) {

        static PolicyInForce of(Policy p) {
            return new PolicyInForce(p.name(), p.version(), new EnumMap<>(p.severityWeights()), p.partialCredit(),
                    p.rejectBelowScore(), p.contradictionsBlockAccept(), p.addedKnockOuts().stream().sorted().toList(),
                    p.removedKnockOuts().stream().sorted().toList(), new TreeMap<>(p.requirementWeights()),
                    p.effectiveThresholds(), p.hospitalCountry(), p.acceptedRiskCredit(), p.waiveBindingKnockOuts());
        }
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        try {
            out.write(bytes(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the document as UTF-8 bytes, ending with a line break}
     *
     * @param model the report to write
     */
    public byte[] bytes(ReportModel model) {
        try {
            byte[] json = JsonMappers.TRUSTED.writeValueAsBytes(new Document(FORMAT, ReportModel.DISCLAIMER,
                    model.audit(), model.assessment(), PolicyInForce.of(model.policy()), model.vex()));
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
