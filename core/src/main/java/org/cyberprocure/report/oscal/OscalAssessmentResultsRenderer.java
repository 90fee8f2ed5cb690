package org.cyberprocure.report.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.ReportRenderer;

/**
 * An assessment as OSCAL assessment results: one result for the evaluation (start = the as-of date), with
 * <ul>
 *   <li>an observation per answer (question id, value, comment, form items it was mapped from, evidence named);</li>
 *   <li>a finding per requirement of the profile: its target is the catalog control (the requirement id), its state
 *       satisfied or not, the status, legal force and severity as properties, linked to the observations of the
 *       answers that decided it;</li>
 *   <li>a risk per gap (partially met, not met, not answered), linked from its finding, with the remediation;</li>
 *   <li>the decision and its reasons as properties and an attestation of the result;</li>
 * </ul>
 * and the questionnaire, evidence documents and input files (with their SHA-256 when known) in the back matter.
 * Deterministic: the same assessment and inputs give the same bytes.
 */
public final class OscalAssessmentResultsRenderer implements ReportRenderer {
    private final Map<String, String> inputs;

    /** Without input digests. */
    public OscalAssessmentResultsRenderer() {
        this(Map.of());
    }

    /**
     * @param inputs the input files (questionnaire, SBOMs, VEX) by name with the SHA-256 of their bytes (lower-case
     *               hex), listed in the back matter; may be empty
     */
    public OscalAssessmentResultsRenderer(Map<String, String> inputs) {
        this.inputs = new TreeMap<>(Objects.requireNonNull(inputs, "inputs"));
    }

    @Override
    public String format() {
        return "oscal.json";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        Oscal.write(document(model.assessment(), inputs), out);
    }

    static ObjectNode document(Assessment a, Map<String, String> inputs) {
        String key = a.questionnaireId() + "\u001f" + a.catalogVersion() + "\u001f" + a.asOf();
        String start = a.asOf() + "T00:00:00Z";
        ObjectNode root = Oscal.object();
        ObjectNode results = root.putObject("assessment-results");
        results.put("uuid", Oscal.uuid("assessment-results", key));
        ObjectNode metadata = results.putObject("metadata");
        metadata.put("title", "CyberProcure assessment of " + a.vendor().name() + ", " + a.product().name()
                + " (questionnaire " + a.questionnaireId() + ")");
        metadata.put("last-modified", start);
        metadata.put("version", a.catalogVersion());
        metadata.put("oscal-version", Oscal.VERSION);
        ArrayNode metadataProps = metadata.putArray("props");
        Oscal.prop(metadataProps, "questionnaire-id", a.questionnaireId());
        Oscal.prop(metadataProps, "catalog-version", a.catalogVersion());
        Oscal.prop(metadataProps, "rule-pack", a.rulePack() + " " + a.rulePackVersion());
        Oscal.prop(metadataProps, "policy", a.policy());
        String vendorUuid = Oscal.uuid("party", a.vendor().name());
        ObjectNode vendor = metadata.putArray("parties").addObject();
        vendor.put("uuid", vendorUuid).put("type", "organization").put("name", a.vendor().name());
        metadata.put("remarks", ReportModel.DISCLAIMER);

        ArrayNode resources = JsonArrays.array();
        String questionnaireUuid = Oscal.uuid("questionnaire", key);
        ObjectNode questionnaire = resources.addObject();
        questionnaire.put("uuid", questionnaireUuid);
        questionnaire.put("title", "Vendor questionnaire " + a.questionnaireId());
        questionnaire.put("description", "The vendor's answers, evaluated against catalog " + a.catalogVersion()
                + " for the profile " + a.profile().id() + "; CyberProcure has no separate assessment plan: the"
                + " questionnaire and the catalog are the plan.");
        results.putObject("import-ap").put("href", "#" + questionnaireUuid);

        ObjectNode result = results.putArray("results").addObject();
        result.put("uuid", Oscal.uuid("result", key));
        result.put("title", "Evaluation of questionnaire " + a.questionnaireId() + " as of " + a.asOf());
        result.put("description", "Each requirement of the profile " + a.profile().id() + " judged from the"
                + " vendor's answers and evidence; decision: " + a.decision() + ".");
        result.put("start", start);
        ArrayNode resultProps = result.putArray("props");
        Oscal.prop(resultProps, "decision", a.decision().name());
        Oscal.prop(resultProps, "overall-score", a.overallScore() == null ? null
                : String.format(java.util.Locale.ROOT, "%.1f", a.overallScore()));
        Oscal.prop(resultProps, "as-of", a.asOf().toString());
        a.decisionReasons().forEach(reason -> Oscal.prop(resultProps, "decision-reason", reason));
        ArrayNode include = result.putObject("reviewed-controls").putArray("control-selections").addObject()
                .putArray("include-controls");
        a.findings().forEach(f -> include.addObject().put("control-id", f.requirementId()));

        Map<String, String> observationByQuestion = new LinkedHashMap<>();
        ArrayNode observations = JsonArrays.array();
        for (Answer answer : a.answers()) {
            String uuid = Oscal.uuid("observation", key, answer.questionId());
            observationByQuestion.put(answer.questionId(), uuid);
            observations.add(observation(answer, uuid, start));
        }
        ArrayNode findings = JsonArrays.array();
        ArrayNode risks = JsonArrays.array();
        for (Finding finding : a.findings()) {
            String riskUuid = finding.status().isGap() ? Oscal.uuid("risk", key, finding.requirementId()) : null;
            findings.add(finding(finding, key, observationByQuestion, riskUuid));
            if (riskUuid != null) {
                risks.add(risk(finding, riskUuid));
            }
        }
        ObjectNode attestation = result.putArray("attestations").addObject();
        attestation.putArray("parts").addObject().put("name", "decision").put("prose", "Decision: "
                + a.decision() + ". " + String.join(" ", a.decisionReasons()) + " " + ReportModel.DISCLAIMER);
        if (!observations.isEmpty()) {
            result.set("observations", observations);
        }
        if (!risks.isEmpty()) {
            result.set("risks", risks);
        }
        if (!findings.isEmpty()) {
            result.set("findings", findings);
        }

        for (SbomEvidence sbom : a.sboms()) {
            ObjectNode resource = resources.addObject();
            resource.put("uuid", Oscal.uuid("sbom", key, sbom.source()));
            resource.put("title", sbom.describe());
            resource.put("description", sbom.complete() ? "Every SBOM element checked is present."
                    : sbom.gaps());
        }
        for (ImportedForm form : a.forms()) {
            ObjectNode resource = resources.addObject();
            resource.put("uuid", Oscal.uuid("form", key, form.form(), form.source()));
            resource.put("title", form.title() + " (" + form.source() + ")");
        }
        inputs.forEach((file, sha256) -> {
            ObjectNode resource = resources.addObject();
            resource.put("uuid", Oscal.uuid("input", key, file));
            resource.put("title", "Input file " + file);
            resource.putArray("rlinks").addObject().put("href", file).putArray("hashes").addObject()
                    .put("algorithm", "SHA-256").put("value", sha256);
        });
        results.putObject("back-matter").set("resources", resources);
        return root;
    }

    private static ObjectNode observation(Answer answer, String uuid, String collected) {
        ObjectNode observation = Oscal.object();
        observation.put("uuid", uuid);
        observation.put("title", "Answer to " + answer.questionId());
        observation.put("description", answer.questionId() + " = " + Oscal.text(answer.value())
                + (answer.comment().isBlank() ? "" : " (" + answer.comment().strip() + ")"));
        ArrayNode props = observation.putArray("props");
        Oscal.prop(props, "question-id", answer.questionId());
        Oscal.prop(props, "answer", answer.value());
        answer.evidence().forEach(named -> Oscal.prop(props, "evidence", named));
        if (answer.mapped()) {
            Oscal.prop(props, "form", answer.origin().form());
            answer.origin().items().forEach(item -> Oscal.prop(props, "form-item", item));
        }
        observation.putArray("methods").add("EXAMINE");
        observation.putArray("types").add("finding");
        Oscal.prop(props, "source-location", answer.location() == null ? null : answer.location().describe());
        if (!answer.evidence().isEmpty()) {
            ArrayNode evidence = observation.putArray("relevant-evidence");
            for (String named : answer.evidence()) {
                evidence.addObject().put("description", "Evidence named by the vendor: " + Oscal.text(named));
            }
        }
        observation.put("collected", collected);
        return observation;
    }

    private static ObjectNode finding(Finding f, String key, Map<String, String> observationByQuestion,
                                      String riskUuid) {
        ObjectNode finding = Oscal.object();
        finding.put("uuid", Oscal.uuid("finding", key, f.requirementId()));
        finding.put("title", f.requirementId() + ": " + Oscal.text(f.title()));
        finding.put("description", Oscal.text(f.rationale()));
        ArrayNode props = finding.putArray("props");
        Oscal.prop(props, "requirement-id", f.requirementId());
        Oscal.prop(props, "status", f.status().name());
        Oscal.prop(props, "legal-force", f.legalForce().name());
        Oscal.prop(props, "severity", f.severity().name());
        Oscal.prop(props, "knock-out", Boolean.toString(f.knockOut()));
        Oscal.prop(props, "rule", f.rule());
        ObjectNode target = finding.putObject("target");
        target.put("type", "objective-id");
        target.put("target-id", f.requirementId());
        target.put("title", f.citation().describe());
        ObjectNode status = target.putObject("status");
        status.put("state", satisfied(f.status()) ? "satisfied" : "not-satisfied");
        status.put("reason", reason(f.status()));
        String implementation = implementation(f.status());
        if (implementation != null) {
            target.putObject("implementation-status").put("state", implementation);
        }
        ArrayNode related = JsonArrays.array();
        for (Answer answer : f.answers()) {
            String uuid = observationByQuestion.get(answer.questionId());
            if (uuid != null) {
                related.addObject().put("observation-uuid", uuid);
            }
        }
        if (!related.isEmpty()) {
            finding.set("related-observations", related);
        }
        if (riskUuid != null) {
            finding.putArray("related-risks").addObject().put("risk-uuid", riskUuid);
        }
        return finding;
    }

    private static ObjectNode risk(Finding f, String uuid) {
        ObjectNode risk = Oscal.object();
        risk.put("uuid", uuid);
        risk.put("title", "Gap: " + f.requirementId() + " " + Oscal.text(f.title()));
        risk.put("description", Oscal.text(f.rationale()));
        risk.put("statement", f.status() + " (" + f.legalForce() + ", severity " + f.severity()
                + (f.knockOut() ? ", knock-out" : "") + "): " + f.citation().describe());
        ArrayNode props = risk.putArray("props");
        Oscal.prop(props, "requirement-id", f.requirementId());
        Oscal.prop(props, "severity", f.severity().name());
        risk.put("status", "open");
        return risk;
    }

    private static boolean satisfied(Status status) {
        return status == Status.MET || status == Status.NOT_APPLICABLE;
    }

    private static String reason(Status status) {
        return switch (status) {
            case MET -> "pass";
            case PARTIALLY_MET, NOT_MET -> "fail";
            case NOT_APPLICABLE, NOT_ANSWERED, HOSPITAL_RESPONSIBILITY, RISK_ACCEPTED -> "other";
        };
    }

    private static String implementation(Status status) {
        return switch (status) {
            case MET -> "implemented";
            case PARTIALLY_MET -> "partial";
            case NOT_APPLICABLE -> "not-applicable";
            case NOT_MET, NOT_ANSWERED, HOSPITAL_RESPONSIBILITY, RISK_ACCEPTED -> null;
        };
    }

    /** An empty array not yet attached: OSCAL arrays must not be empty, so they are attached only when filled. */
    private static final class JsonArrays {
        static ArrayNode array() {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
    }
}
