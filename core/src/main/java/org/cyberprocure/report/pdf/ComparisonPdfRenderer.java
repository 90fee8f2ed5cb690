package org.cyberprocure.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.cyberprocure.report.ReportLabels;
import org.cyberprocure.tender.ComparisonWriters;
import org.cyberprocure.tender.TenderComparison;

/**
 * The offer comparison as a PDF for people: the ranking, the requirement × offer matrix (landscape pages, offer
 * columns split over several tables with the requirement column repeated when there are many offers), the domain
 * scores side by side, the weight sensitivity and every input's fate. Tagged PDF/A-3A and PDF/UA-1 like the gap
 * report, with the comparison JSON attached; deterministic (same comparison, same bytes).
 */
public final class ComparisonPdfRenderer {
    /** Bumped when the layout changes, so that document ids of different layouts differ. */
    private static final String LAYOUT_VERSION = "cyberprocure-comparison-pdf/1";

    private final Locale locale;

    /** A renderer whose labels are in the locale's language (English when it is not supported). */
    public ComparisonPdfRenderer(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** Writes the PDF; does not close {@code out}. */
    public void render(TenderComparison comparison, OutputStream out) {
        ReportLabels labels = ReportLabels.of(locale);
        byte[] json = ComparisonWriters.json(comparison);
        byte[] id = documentId(json, labels.locale());
        byte[] pdf = new ComparisonDocument(comparison, labels, Fonts.create()).write(json, id);
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] documentId(byte[] json, Locale locale) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LAYOUT_VERSION.getBytes(StandardCharsets.US_ASCII));
            sha.update(locale.getLanguage().getBytes(StandardCharsets.US_ASCII));
            sha.update(json);
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
