package org.cyberprocure.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cyberprocure.Policy;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
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
    /** Identifies the compact form ({@link Style#COMPACT}); bumped on incompatible changes. */
    public static final String COMPACT_FORMAT = "cyberprocure-assessment-compact/1";

    /** How much of the catalog a document repeats, and whether it is indented. */
    public enum Style {
        /** The published format: every finding with its catalog texts and deciding answers, indented. */
        FULL,
        /**
         * For machines that hold the catalog (batches, archives): one line, and each finding without what its
         * requirement id and the document's catalog version already identify (title, domain, citation, legal force,
         * severity); deciding answers by question id (the answers themselves are listed once, in
         * {@code assessment.answers}); no {@code qualifiedAnswers}. About two fifths of the full form's bytes
         * (the rationales stay).
         * {@link AssessmentJsonReader} reads only the full form.
         */
        COMPACT
    }

    /** The compact form's finding: the catalog's fields left out, deciding answers by question id. */
    @JsonIgnoreProperties({"title", "domain", "citation", "legalForce", "severity"})
    private abstract static class CompactFinding {
        @JsonSerialize(contentUsing = AnswerId.class)
        abstract List<Answer> answers();
    }

    @JsonIgnoreProperties({"qualifiedAnswers"})
    private abstract static class CompactAssessment {
    }

    /** An answer written as its question id. */
    private static final class AnswerId extends StdSerializer<Answer> {
        AnswerId() {
            super(Answer.class);
        }

        @Override
        public void serialize(Answer answer, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(answer.questionId());
        }
    }

    private static final ObjectMapper COMPACT_WRITER = JsonMappers.TRUSTED.copy()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(Finding.class, CompactFinding.class)
            .addMixIn(Assessment.class, CompactAssessment.class);

    private final Style style;

    /** A renderer of the full, published form. */
    public JsonReportRenderer() {
        this(Style.FULL);
    }

    /**
     * A renderer of the given form.
     *
     * @param style full (the published form) or compact
     */
    public JsonReportRenderer(Style style) {
        this.style = Objects.requireNonNull(style, "style");
    }

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
        return bytes(model.assessment(), model.policy(), model.audit(), model.vex());
    }

    /**
     * {@return the document of an assessment as UTF-8 bytes, without building a {@link ReportModel}} For services
     * and batches that write JSON only: the report model's tables and texts (about as much work as this document)
     * are for people's reports. The policy is the one the assessment records.
     *
     * @param assessment an assessment made by {@link org.cyberprocure.ComplianceChecker#evaluate}, which records its
     *                   policy
     * @param audit      the audit record (generation time, tool, input files)
     * @throws org.cyberprocure.ConfigurationException when the assessment records its policy by label only (built by
     *                                                 hand): then write it through a report model with the policy
     */
    public byte[] bytes(Assessment assessment, AuditRecord audit) {
        return bytes(assessment, ReportModel.recordedPolicy(assessment), Objects.requireNonNull(audit, "audit"),
                List.of());
    }

    private byte[] bytes(Assessment assessment, Policy policy, AuditRecord audit, List<VexDocument> vex) {
        try {
            boolean full = style == Style.FULL;
            byte[] json = (full ? JsonMappers.TRUSTED : COMPACT_WRITER).writeValueAsBytes(new Document(
                    full ? FORMAT : COMPACT_FORMAT, ReportModel.DISCLAIMER, audit, assessment,
                    PolicyInForce.of(policy), vex));
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
