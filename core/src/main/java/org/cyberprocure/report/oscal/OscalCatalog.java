package org.cyberprocure.report.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Citation;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.report.ReportModel;

/**
 * The requirement catalog as an OSCAL catalog: one group per domain, one control per requirement. The control id is
 * the requirement id; its properties carry legal force, severity, knock-out flag, profiles and effective date; its
 * parts the paraphrase (statement), remediation (guidance), contract clause and one assessment objective per
 * question; its parameters the questions' answers (one per question, with the accepted values); its link the
 * citation, whose instrument is a back-matter resource. Deterministic: the same catalog gives the same bytes.
 */
public final class OscalCatalog {
    private static final Pattern VERSION_MONTH = Pattern.compile("(\\d{4})\\.(\\d{1,2})\\..*");

    private OscalCatalog() {
    }

    /**
     * Writes the catalog, or one profile's part of it ({@code profile} {@code null}: all requirements). Its
     * last-modified date is the first day of the month the catalog version names ({@code 2026.11.0}: 1 November
     * 2026), so that the export does not depend on the clock.
     *
     * @param catalog the catalog
     * @param profile the profile whose requirements are written, or {@code null} for all
     * @param out the stream to write to; not closed
     * @throws ConfigurationException when the catalog version does not start with a year and a month
     */
    public static void write(Catalog catalog, Profile profile, OutputStream out) {
        Objects.requireNonNull(catalog, "catalog");
        Oscal.write(document(catalog, profile), out);
    }

    static ObjectNode document(Catalog catalog, Profile profile) {
        List<Requirement> requirements = profile == null ? catalog.requirements() : catalog.requirements(profile);
        ObjectNode root = Oscal.object();
        ObjectNode oscal = root.putObject("catalog");
        oscal.put("uuid", Oscal.uuid("catalog", catalog.version(), profile == null ? "" : profile.id()));
        ObjectNode metadata = oscal.putObject("metadata");
        metadata.put("title", "CyberProcure requirement catalog " + catalog.version()
                + (profile == null ? "" : " (" + profile.id() + ")"));
        metadata.put("last-modified", lastModified(catalog.version()) + "T00:00:00Z");
        metadata.put("version", catalog.version());
        metadata.put("oscal-version", Oscal.VERSION);
        ArrayNode props = metadata.putArray("props");
        Oscal.prop(props, "profile", profile == null ? "all" : profile.id());
        metadata.put("remarks", ReportModel.DISCLAIMER + " Requirements are paraphrased in our own words; the"
                + " cited legal text prevails.");

        Map<String, String> instruments = new LinkedHashMap<>();
        requirements.forEach(r -> instruments.putIfAbsent(r.citation().instrument(),
                Oscal.uuid("instrument", r.citation().instrument())));
        Map<String, ArrayNode> groups = new LinkedHashMap<>();
        ArrayNode groupList = oscal.putArray("groups");
        for (Requirement requirement : requirements) {
            ArrayNode controls = groups.computeIfAbsent(requirement.domain(), domain -> {
                ObjectNode group = groupList.addObject();
                group.put("id", "domain-" + (groups.size() + 1));
                group.put("class", "domain");
                group.put("title", domain);
                return group.putArray("controls");
            });
            controls.add(control(catalog, requirement, instruments));
        }
        ArrayNode resources = oscal.putObject("back-matter").putArray("resources");
        instruments.forEach((instrument, uuid) -> {
            ObjectNode resource = resources.addObject();
            resource.put("uuid", uuid);
            resource.put("title", instrument);
            resource.putObject("citation").put("text", instrument);
        });
        return root;
    }

    private static ObjectNode control(Catalog catalog, Requirement r, Map<String, String> instruments) {
        ObjectNode control = Oscal.object();
        control.put("id", r.id());
        control.put("class", "requirement");
        control.put("title", Oscal.text(r.title()));
        ArrayNode params = control.putArray("params");
        for (String questionId : r.questions()) {
            catalog.question(questionId).ifPresent(q -> params.add(param(r, q)));
        }
        if (params.isEmpty()) {
            control.remove("params");
        }
        ArrayNode props = control.putArray("props");
        props.addObject().put("name", "label").put("value", r.id());
        Oscal.prop(props, "legal-force", r.legalForce().name());
        Oscal.prop(props, "severity", r.severity().name());
        Oscal.prop(props, "knock-out", Boolean.toString(r.knockOut()));
        r.profiles().stream().map(Profile::id).sorted().forEach(p -> Oscal.prop(props, "profile", p));
        Oscal.prop(props, "effective-from", r.effectiveFrom() == null ? null : r.effectiveFrom().toString());
        Citation citation = r.citation();
        control.putArray("links").addObject().put("href", "#" + instruments.get(citation.instrument()))
                .put("rel", "reference").put("text", citation.describe());
        ArrayNode parts = control.putArray("parts");
        part(parts, r.id() + "_smt", "statement", r.paraphrase());
        part(parts, r.id() + "_gdn", "guidance", r.remediation());
        part(parts, r.id() + "_cls", "contract-clause", r.contractClause());
        for (String questionId : r.questions()) {
            catalog.question(questionId).ifPresent(q -> {
                ObjectNode objective = part(parts, r.id() + "_obj." + q.id(), "assessment-objective",
                        q.text() + " {{ insert: param, " + paramId(r, q) + " }}");
                ArrayNode questionProps = objective.putArray("props");
                Oscal.prop(questionProps, "question-id", q.id());
                Oscal.prop(questionProps, "evidence-expected", q.evidenceExpected());
                Oscal.prop(questionProps, "mandatory", Boolean.toString(q.mandatory()));
            });
        }
        return control;
    }

    /** The answer to a question, as a parameter: its accepted values, and the secure answer as guideline. */
    private static ObjectNode param(Requirement r, Question q) {
        ObjectNode param = Oscal.object();
        param.put("id", paramId(r, q));
        param.put("class", "answer");
        ArrayNode props = param.putArray("props");
        Oscal.prop(props, "question-id", q.id());
        Oscal.prop(props, "answer-type", q.type().name());
        param.put("label", Oscal.text(q.text()));
        if (!q.secureAnswer().isBlank()) {
            param.putArray("guidelines").addObject().put("prose", "Secure answer: " + q.secureAnswer());
        }
        if (!q.acceptedValues().isEmpty()) {
            ArrayNode choice = param.putObject("select").putArray("choice");
            q.acceptedValues().forEach(choice::add);
        }
        return param;
    }

    /** A parameter id unique in the catalog (a question may serve several requirements). */
    static String paramId(Requirement r, Question q) {
        return r.id() + "_prm." + q.id();
    }

    private static ObjectNode part(ArrayNode parts, String id, String name, String prose) {
        ObjectNode part = Oscal.object();
        if (prose == null || prose.isBlank()) {
            return part;
        }
        part.put("id", id);
        part.put("name", name);
        part.put("prose", prose.strip());
        parts.add(part);
        return part;
    }

    static LocalDate lastModified(String version) {
        Matcher m = VERSION_MONTH.matcher(version);
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12) {
            throw new ConfigurationException("catalog version " + version + " does not start with a year and a month"
                    + " (e.g. 2026.11.0), which the OSCAL export uses as its last-modified date");
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
    }
}
