package org.cyberprocure.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.SelfCheck;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Status;

/**
 * The self-check for machines: a JSON document, and SARIF 2.1.0 for a vendor's CI pipeline (one result per
 * gap and per validation problem, located in the questionnaire: a line for CSV, a JSON pointer as logical
 * location for JSON). Neither shows the score under a hospital's policy. Texts (titles, rationales, citations,
 * question texts, messages) are in the chosen language; ids, statuses, decisions and answer codes are not.
 */
public final class CheckReports {
    public static final String JSON_FORMAT = "cyberprocure-check/1";
    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckReports() {
    }

    /**
     * The self-check as JSON ({@value #JSON_FORMAT}), its texts in the language of {@code texts}; without the score
     * when a hospital's policy applies. For callers outside this package (the HTTP API).
     */
    public static String json(Path file, SelfCheck check, boolean hospitalPolicy, Texts texts) {
        return json(file, check, hospitalPolicy, new CheckText(texts));
    }

    static String json(Path file, SelfCheck check, boolean hospitalPolicy, CheckText text) {
        Assessment a = check.assessment();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", JSON_FORMAT);
        root.put("file", file.toString());
        root.put("valid", true);
        root.put("language", text.texts().locale().toLanguageTag());
        root.put("questionnaire", a.questionnaireId());
        root.put("profile", a.profile().id());
        root.put("catalogVersion", a.catalogVersion());
        root.put("asOf", a.asOf().toString());
        root.put("decision", a.decision().name());
        if (!hospitalPolicy && a.overallScore() != null) {
            root.put("overallScore", a.overallScore());
        }
        root.put("decisionWithAllSuggestions", check.decisionWithAllSuggestions().name());
        ObjectNode counts = root.putObject("counts");
        counts.put("gaps", check.gaps().size());
        for (Status s : new Status[] {Status.NOT_MET, Status.PARTIALLY_MET, Status.NOT_ANSWERED}) {
            counts.put(s.name(), a.findings().stream().filter(f -> f.status() == s).count());
        }
        counts.put("unansweredMandatory", check.unansweredMandatory().size());
        counts.put("contradictions", a.contradictions().size());
        ArrayNode unanswered = root.putArray("unansweredMandatory");
        for (Question q : check.unansweredMandatory()) {
            question(unanswered.addObject(), q);
        }
        ArrayNode gaps = root.putArray("gaps");
        for (SelfCheck.Gap gap : check.gaps()) {
            Finding f = gap.finding();
            ObjectNode node = gaps.addObject();
            node.put("requirement", f.requirementId());
            node.put("title", f.title());
            node.put("status", f.status().name());
            node.put("knockOut", f.knockOut());
            node.put("legalForce", f.legalForce().name());
            node.put("citation", f.citation().describe());
            node.put("rationale", f.rationale());
            gap.location().ifPresent(l -> node.set("location", JSON.valueToTree(l)));
            ArrayNode suggestions = node.putArray("toMeetIt");
            for (SelfCheck.Suggestion s : gap.suggestions()) {
                ObjectNode suggestion = question(suggestions.addObject(), s.question());
                s.current().ifPresent(c -> suggestion.put("now", c.value()));
                if (!s.suggestedValue().isEmpty()) {
                    suggestion.put("suggested", s.suggestedValue());
                }
            }
            gap.statusIfFollowed().ifPresent(st -> node.put("statusIfFollowed", st.name()));
            gap.decisionIfFollowed().ifPresent(d -> node.put("decisionIfFollowed", d.name()));
        }
        ArrayNode contradictions = root.putArray("contradictions");
        a.contradictions().forEach(c -> contradictions.addObject().put("check", c.checkId()).put("title", c.title())
                .put("message", c.message()));
        return write(root);
    }

    private static ObjectNode question(ObjectNode node, Question q) {
        node.put("question", q.id());
        node.put("text", q.text());
        q.acceptedValues().forEach(node.withArray("accepts")::add);
        if (q.expectsEvidence()) {
            node.put("evidenceExpected", q.evidenceExpected());
        }
        return node;
    }

    /** The problems of a refused input; {@code message} and {@code where} in the language of {@code texts}. */
    static String problemsJson(Path file, InputRejectedException e, Texts texts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", JSON_FORMAT);
        root.put("file", file.toString());
        root.put("language", texts.locale().toLanguageTag());
        root.put("valid", false);
        ArrayNode problems = root.putArray("problems");
        for (InputRejectedException.Problem p : e.problems()) {
            problems.addObject().put("reason", p.reason().name()).put("message", p.text(texts))
                    .put("where", texts.format(InputRejectedException.where(p.location())))
                    .set("location", JSON.valueToTree(p.location()));
        }
        return write(root);
    }

    static String sarif(Path file, SelfCheck check, ComplianceChecker checker, CheckText text) {
        ObjectNode run = run(checker);
        run.put("language", text.texts().locale().toLanguageTag());
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        ArrayNode results = run.putArray("results");
        for (SelfCheck.Gap gap : check.gaps()) {
            Finding f = gap.finding();
            rules.computeIfAbsent(f.requirementId(), id -> JSON.createObjectNode().put("id", id)
                    .put("name", f.title()).set("shortDescription", JSON.createObjectNode().put("text",
                            f.title() + " (" + f.citation().describe() + ")")));
            ObjectNode result = results.addObject();
            result.put("ruleId", f.requirementId());
            result.put("level", level(f));
            StringBuilder message = new StringBuilder(text.get(f.knockOut() ? "sarif.resultKnockOut" : "sarif.result",
                    text.status(f.status()), f.rationale()));
            gap.suggestions().stream().filter(s -> !s.suggestedValue().isEmpty()).forEach(s -> message.append(' ')
                    .append(s.question().expectsEvidence()
                            ? text.get("sarif.toMeetItWithEvidence", s.question().id(), text.code(s.suggestedValue()),
                                    s.evidenceExpected())
                            : text.get("sarif.toMeetIt", s.question().id(), text.code(s.suggestedValue()))));
            result.putObject("message").put("text", message.toString());
            result.set("locations", locations(file, gap.location().orElse(null)));
            result.putObject("properties").put("status", f.status().name()).put("knockOut", f.knockOut())
                    .put("legalForce", f.legalForce().name());
        }
        ((ObjectNode) run.get("tool").get("driver")).putArray("rules").addAll(rules.values());
        run.putArray("invocations").addObject().put("executionSuccessful", true)
                .putObject("properties").put("decision", check.decision().name());
        return write(sarifLog(run));
    }

    /** The problems of a refused input as SARIF results; messages in the language of {@code texts}. */
    static String problemsSarif(Path file, InputRejectedException e, ComplianceChecker checker, Texts texts) {
        ObjectNode run = run(checker);
        run.put("language", texts.locale().toLanguageTag());
        ArrayNode results = run.putArray("results");
        for (InputRejectedException.Problem p : e.problems()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", "input/" + p.reason().name());
            result.put("level", "error");
            result.putObject("message").put("text", p.text(texts));
            result.set("locations", locations(file, p.location()));
        }
        run.putArray("invocations").addObject().put("executionSuccessful", false);
        return write(sarifLog(run));
    }

    private static String level(Finding f) {
        boolean binding = f.legalForce() != LegalForce.ADVISORY;
        if (f.status() == Status.NOT_MET || f.knockOut() && binding) {
            return binding ? "error" : "warning";
        }
        return f.status() == Status.PARTIALLY_MET && binding ? "warning" : "note";
    }

    private static ObjectNode run(ComplianceChecker checker) {
        ObjectNode run = JSON.createObjectNode();
        String version = CyberProcureCli.class.getPackage().getImplementationVersion();
        run.putObject("tool").putObject("driver").put("name", "CyberProcure")
                .put("version", version == null ? "dev" : version)
                .put("semanticVersion", checker.catalog().version())
                .put("informationUri", "https://cyberprocure.org");
        return run;
    }

    private static ObjectNode sarifLog(ObjectNode run) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        log.putArray("runs").add(run);
        return log;
    }

    /** The file, with its line (CSV, forms) or JSON pointer (as a logical location), where known. */
    private static ArrayNode locations(Path file, SourceLocation where) {
        ArrayNode locations = JSON.createArrayNode();
        ObjectNode location = locations.addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", file.toString().replace('\\', '/'));
        if (where != null && where.line() > 0) {
            ObjectNode region = physical.putObject("region").put("startLine", where.line());
            if (where.column() > 0) {
                region.put("startColumn", where.column());
            }
        }
        if (where != null && !where.pointer().isEmpty()) {
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", where.pointer())
                    .put("kind", "element");
        }
        return locations;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
