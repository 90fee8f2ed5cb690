package org.cyberprocure.tender;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.ReportLabels;
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

    /** The JSON document, UTF-8, ending with a line break; stable field order. */
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

    /** Plain text for a terminal, in English, one change per block. */
    public static String text(AssessmentDiff diff) {
        return text(diff, ReportLabels.of(Locale.ENGLISH));
    }

    /**
     * Plain text for a terminal in the language of {@code labels} (e.g. {@code ReportLabels.of(texts)} with the
     * catalog's texts, for requirement and contradiction titles), one change per block. English shows statuses,
     * decisions and answers as their codes, as scripts read them; other languages in words, each code's meaning
     * in the answers ({@code no (nein)}).
     */
    public static String text(AssessmentDiff diff, ReportLabels labels) {
        Texts texts = labels.texts();
        boolean english = labels.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        StringBuilder out = new StringBuilder();
        AssessmentDiff.Side p = diff.previous();
        AssessmentDiff.Side c = diff.current();
        out.append(texts.text("diff.text.title", p.vendor(), c.product())).append('\n');
        String previous = texts.text("diff.text.previous");
        String current = texts.text("diff.text.current");
        int width = Math.max(previous.length(), current.length()) + 2;
        out.append("  ").append(pad(previous, width)).append(side(p, labels, english)).append('\n');
        out.append("  ").append(pad(current, width)).append(side(c, labels, english)).append('\n');
        out.append("  ").append(texts.text("diff.text.join", diff.decisionChanged()
                        ? texts.text("diff.text.decisionChanged", decision(p.decision(), labels, english),
                                decision(c.decision(), labels, english))
                        : texts.text("diff.text.decisionUnchanged"), diff.scoreChange() == null
                        ? texts.text("diff.text.scoreUnknown")
                        : texts.text("diff.text.scoreChange", signed(diff.scoreChange(), labels, english))))
                .append('\n');
        diff.noteMessages().forEach(n -> out.append("  ").append(texts.text("diff.text.note", texts.format(n)))
                .append('\n'));
        out.append('\n').append(texts.text("diff.text.changes", diff.changes().size(), diff.unchanged()))
                .append('\n');
        if (diff.changes().isEmpty()) {
            out.append("  ").append(texts.text("diff.text.none")).append('\n');
        }
        for (AssessmentDiff.RequirementChange change : diff.changes()) {
            out.append("  ").append(texts.text("diff.text.change", change.requirementId()
                            + (change.knockOut() ? " (" + texts.text("diff.text.knockOut") + ")" : ""),
                    status(change.before(), labels, english), status(change.after(), labels, english),
                    texts.text("diff.text.cause." + change.cause().name()))).append('\n');
            change.answers().forEach(a -> out.append("      ").append(describe(a, labels)).append('\n'));
        }
        list(out, texts, "diff.text.conditionsMet", diff.conditionsSatisfied());
        list(out, texts, "diff.text.newGaps", diff.newGaps());
        list(out, texts, "diff.text.contradictionsNew", contradictions(diff.newContradictions(), labels));
        list(out, texts, "diff.text.contradictionsClosed", contradictions(diff.closedContradictions(), labels));
        return out.toString();
    }

    /**
     * An answer change in the language of {@code labels}, e.g. {@code REMOTE-MFA: no → yes [pentest-2026.pdf]}, in
     * German {@code REMOTE-MFA: no (nein) → yes (ja) [pentest-2026.pdf]}.
     */
    public static String describe(AssessmentDiff.AnswerChange change, ReportLabels labels) {
        return change.questionId() + ": " + value(change.before(), change.evidenceBefore(), labels) + " \u2192 "
                + value(change.after(), change.evidenceAfter(), labels);
    }

    private static String value(String value, List<String> evidence, ReportLabels labels) {
        return (value == null ? "(" + labels.get("diff.noAnswer") + ")" : labels.code(value))
                + (evidence.isEmpty() ? "" : " [" + String.join(", ", evidence) + "]");
    }

    private static String side(AssessmentDiff.Side side, ReportLabels labels, boolean english) {
        return labels.get("diff.text.side", side.questionnaireId(), date(side.asOf(), labels),
                decision(side.decision(), labels, english), side.score() == null ? labels.get("diff.text.na")
                        : labels.texts().number(side.score()) + " %");
    }

    private static String date(String iso, ReportLabels labels) {
        try {
            return labels.texts().date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String signed(double points, ReportLabels labels, boolean english) {
        return english ? String.format(Locale.ROOT, "%+.1f", points)
                : String.format(labels.locale(), "%+.1f", points);
    }

    private static String decision(Decision decision, ReportLabels labels, boolean english) {
        return english ? decision.name() : labels.decision(decision);
    }

    private static String status(Status status, ReportLabels labels, boolean english) {
        return status == null ? labels.get("diff.text.absent") : english ? status.name() : labels.status(status);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }

    private static List<String> contradictions(List<Contradiction> contradictions, ReportLabels labels) {
        return contradictions.stream().map(x -> x.checkId() + " " + labels.checkTitle(x.checkId(), x.title()))
                .toList();
    }

    private static void list(StringBuilder out, Texts texts, String titleKey, List<String> items) {
        out.append('\n').append(texts.text("diff.text.list", texts.text(titleKey), items.size()))
                .append(items.isEmpty() ? " " + texts.text(titleKey + ".none") + "\n" : "\n");
        items.forEach(i -> out.append("  ").append(i).append('\n'));
    }
}
