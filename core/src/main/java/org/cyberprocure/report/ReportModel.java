package org.cyberprocure.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.ScopeNote;

/**
 * What a report shows, built once from an {@link Assessment} and independent of any output format; renderers
 * only lay it out.
 *
 * @param assessment the assessment reported on (JSON renderers write it as is)
 * @param title      the report title
 * @param facts      cover facts in display order (vendor, product, profile, as-of date, decision, ...)
 * @param disclaimer the statement that the report is decision support, not legal advice
 * @param reasons    why the decision was taken
 * @param scopeNotes what the scope gates decided, in words
 * @param rows       one row per finding, in catalog order
 */
public record ReportModel(Assessment assessment, String title, List<Fact> facts, String disclaimer,
                          List<String> reasons, List<String> scopeNotes, List<FindingRow> rows) {

    /** Shown on every report. */
    public static final String DISCLAIMER = "This report is decision support for a procurement evaluation. It is"
            + " not legal advice. Legal texts are paraphrased; rely on the Official Journal wording and on your"
            + " legal counsel before acting on a finding.";

    /** A labelled value on the cover. */
    public record Fact(String label, String value) {
    }

    /**
     * One finding, ready to show.
     *
     * @param finding     the finding
     * @param citation    the source, in words
     * @param answers     the deciding answers, e.g. {@code REMOTE-MFA = yes}
     * @param remediation what the vendor can do; empty when the requirement is met or not applicable
     */
    public record FindingRow(Finding finding, String citation, String answers, String remediation) {
    }

    public ReportModel {
        Objects.requireNonNull(assessment, "assessment");
        facts = List.copyOf(facts);
        reasons = List.copyOf(reasons);
        scopeNotes = List.copyOf(scopeNotes);
        rows = List.copyOf(rows);
    }

    /**
     * Builds the report model in a language, naming the policy applied.
     *
     * <p>Interim: the localised report model is being written on the report branch; until it is merged this
     * overload ignores {@code policy} and {@code locale} and delegates to {@link #of(Assessment, Catalog)}.
     */
    public static ReportModel of(Assessment a, Catalog catalog, Policy policy, Locale locale) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(locale, "locale");
        return of(a, catalog);
    }

    /** Builds the report model of an assessment, taking remediation texts from the catalog it was made with. */
    public static ReportModel of(Assessment a, Catalog catalog) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Vendor", a.vendor().name()
                + (a.vendor().country().isEmpty() ? "" : " (" + a.vendor().country() + ")")));
        facts.add(new Fact("Product", a.product().name()
                + (a.product().version().isEmpty() ? "" : ", " + a.product().version())));
        facts.add(new Fact("Product kind", a.product().kind().name()));
        facts.add(new Fact("Profile", a.profile().id()));
        facts.add(new Fact("Questionnaire", a.questionnaireId()));
        facts.add(new Fact("As of", a.asOf().toString()));
        if (a.contractEnd() != null) {
            facts.add(new Fact("Contract end", a.contractEnd().toString()));
        }
        facts.add(new Fact("Decision", a.decision().name()));
        facts.add(new Fact("Overall score", a.overallScore() == null ? "n/a" : a.overallScore() + " %"));
        facts.add(new Fact("Catalog", a.catalogVersion()));
        facts.add(new Fact("Rule pack", a.rulePack() + " " + a.rulePackVersion()));

        List<FindingRow> rows = a.findings().stream().map(f -> new FindingRow(f, f.citation().describe(),
                f.answers().stream().map(Answer::describe).collect(Collectors.joining("; ")),
                f.status().isGap() ? catalog.requirement(f.requirementId()).map(Requirement::remediation).orElse("")
                        : "")).toList();
        List<String> scope = a.scopeNotes().stream().map(ScopeNote::reason).toList();
        return new ReportModel(a, "Cybersecurity gap report", facts, DISCLAIMER, a.decisionReasons(), scope, rows);
    }
}
