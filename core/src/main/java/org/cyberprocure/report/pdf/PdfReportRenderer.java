package org.cyberprocure.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.cyberprocure.internal.OptionalDependencies;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.ReportRenderer;

/**
 * The PDF gap report (iText 9): cover, table of contents, executive summary, charts, gap register, requirements
 * met or out of scope, contradictions, the questions and answers, and the methodology with the policy in force.
 *
 * <p>The file is tagged and conforms to PDF/A-3A and PDF/UA-1; the JSON assessment is attached as an associated
 * file, so the report carries its own machine-readable evidence. Text is set in an embedded, subset DejaVu Sans.
 * Vendor text is cleaned of control and bidi-override characters and bounded, so a long answer wraps instead of
 * overflowing.
 *
 * <p>Deterministic: the same model gives byte-identical files. Dates come from the assessment's as-of date, the
 * document id is a digest of the attached JSON, the language and the detail, and iText's random font subset tags
 * are replaced by tags derived from the id ({@link DeterministicPdfWriter}). Fully compressed (object streams).
 */
public final class PdfReportRenderer implements ReportRenderer {
    /** Bumped when the layout changes, so that document ids of different layouts differ. */
    private static final String LAYOUT_VERSION = "cyberprocure-pdf/4";

    /** How much a report shows. */
    public enum Detail {
        /** Everything: contents, summary, charts, gap register, met and out-of-scope rows, answers, method. */
        FULL,
        /** A short report: the cover, the executive summary and the gap register. */
        SUMMARY
    }

    private final Detail detail;

    /** A renderer of the full report. */
    public PdfReportRenderer() {
        this(Detail.FULL);
    }

    /** A renderer of the full report or of the short one ({@link Detail#SUMMARY}). */
    public PdfReportRenderer(Detail detail) {
        this.detail = java.util.Objects.requireNonNull(detail, "detail");
    }

    /**
     * Optional: prepares the PDF library in this JVM (loads and initialises its classes, parses the embedded
     * fonts) by laying out a small throw-away document. A command-line tool can call this on a background thread
     * while the rule pack loads, so its first report does not pay for the library's start-up; a long-running
     * service need not call it. Failures are ignored: the first real report then does the work and reports any
     * problem itself.
     */
    public static void warmUp() {
        try {
            ReportDocument.warmUp();
        } catch (RuntimeException | LinkageError ignored) {
            // only a warm-up
        }
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        OptionalDependencies.requireIText();
        byte[] json = new JsonReportRenderer().bytes(model);
        byte[] id = documentId(json, model);
        // One layout pass: the contents page's numbers are drawn when the document closes (ReportDocument).
        byte[] pdf = new ReportDocument(model, Fonts.create(), detail).write(json, id);
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] documentId(byte[] json, ReportModel model) {
        MessageDigest sha = sha256();
        sha.update(LAYOUT_VERSION.getBytes(StandardCharsets.US_ASCII));
        sha.update(model.locale().getLanguage().getBytes(StandardCharsets.US_ASCII));
        sha.update(detail.name().getBytes(StandardCharsets.US_ASCII));
        sha.update(json);
        return Arrays.copyOf(sha.digest(), 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
