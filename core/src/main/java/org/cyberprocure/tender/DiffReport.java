package org.cyberprocure.tender;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.ReportModel;

/**
 * An {@link AssessmentDiff} as text for a terminal and as JSON ({@value #FORMAT}); the PDF is
 * {@code org.cyberprocure.report.pdf.DiffPdfRenderer}.
 */
public final class DiffReport {
    /** Identifies the JSON document's format; bumped on incompatible changes. */
    public static final String FORMAT = "cyberprocure-diff/1";

    @JsonPropertyOrder({"format", "disclaimer", "audit", "scoreChange", "decisionChanged", "diff"})
    record Document(String format, String disclaimer, AuditRecord audit, Double scoreChange, boolean decisionChanged,
                    AssessmentDiff diff) {
    }

    private DiffReport() {
    }

    /**
     * {@return the JSON document, UTF-8, ending with a line break; stable field order}
     *
     * @param diff the comparison of two assessments
     * @param audit the run's audit record
     */
    public static byte[] json(AssessmentDiff diff, AuditRecord audit) {
        try {
            byte[] json = JsonMappers.TRUSTED.writeValueAsBytes(new Document(FORMAT, ReportModel.DISCLAIMER, audit,
                    diff.scoreChange(), diff.decisionChanged(), diff));
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return plain text for a terminal, in English, one change per block}
     *
     * @param diff the comparison of two assessments
     */
    public static String text(AssessmentDiff diff) {
        StringBuilder out = new StringBuilder();
        AssessmentDiff.Side p = diff.previous();
        AssessmentDiff.Side c = diff.current();
        out.append("Resubmission comparison: ").append(p.vendor()).append(", ").append(c.product()).append('\n');
        out.append("  previous  ").append(p.questionnaireId()).append(" as of ").append(p.asOf()).append(": ")
                .append(p.decision()).append(", score ").append(score(p.score())).append('\n');
        out.append("  current   ").append(c.questionnaireId()).append(" as of ").append(c.asOf()).append(": ")
                .append(c.decision()).append(", score ").append(score(c.score())).append('\n');
        out.append("  decision ").append(diff.decisionChanged() ? "changed: " + p.decision() + " \u2192 " + c.decision()
                : "unchanged").append("; score ").append(diff.scoreChange() == null ? "n/a"
                : String.format(Locale.ROOT, "%+.1f points", diff.scoreChange())).append('\n');
        diff.notes().forEach(n -> out.append("  note: ").append(n).append('\n'));
        out.append('\n').append("Status changes (").append(diff.changes().size()).append(", ")
                .append(diff.unchanged()).append(" unchanged):\n");
        if (diff.changes().isEmpty()) {
            out.append("  none\n");
        }
        for (AssessmentDiff.RequirementChange change : diff.changes()) {
            out.append("  ").append(change.requirementId()).append(change.knockOut() ? " (knock-out)" : "")
                    .append(": ").append(status(change.before())).append(" \u2192 ").append(status(change.after()))
                    .append("  [").append(cause(change.cause())).append("]\n");
            change.answers().forEach(a -> out.append("      ").append(a.describe()).append('\n'));
        }
        list(out, "Conditions of award now satisfied", diff.conditionsSatisfied());
        list(out, "New gaps", diff.newGaps());
        list(out, "New contradictions", contradictions(diff.newContradictions()));
        list(out, "Contradictions closed", contradictions(diff.closedContradictions()));
        return out.toString();
    }

    /** The cause in words, as the text and the PDF's English labels say it. */
    static String cause(AssessmentDiff.Cause cause) {
        return switch (cause) {
            case VENDOR_ANSWERS -> "vendor's answers";
            case RULE_PACK -> "changed in the rule pack, not the vendor's change";
            case NEW_IN_RULE_PACK -> "new in the rule pack, not the vendor's change";
            case REMOVED_FROM_RULE_PACK -> "removed from the rule pack";
            case WAIVER -> "hospital's waiver";
            case CONTEXT -> "evaluation context (as-of date, contract end, policy, country)";
        };
    }

    private static List<String> contradictions(List<Contradiction> contradictions) {
        return contradictions.stream().map(x -> x.checkId() + " " + x.title()).toList();
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        out.append('\n').append(title).append(" (").append(items.size()).append("):")
                .append(items.isEmpty() ? " none\n" : "\n");
        items.forEach(i -> out.append("  ").append(i).append('\n'));
    }

    private static String status(org.cyberprocure.model.Status status) {
        return status == null ? "(absent)" : status.name();
    }

    private static String score(Double score) {
        return score == null ? "n/a" : score + " %";
    }
}
