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
import org.cyberprocure.i18n.Texts;
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
    private static final String LAYOUT_VERSION = "cyberprocure-comparison-pdf/2";

    private final ReportLabels labels;

    /**
     * A renderer whose labels are in a bundled language of the library (English, German, French, Italian);
     * requirement titles and domains stay as the assessments recorded them. Prefer
     * {@link #ComparisonPdfRenderer(Texts)}.
     *
     * @throws org.cyberprocure.ConfigurationException when the language is not bundled
     */
    public ComparisonPdfRenderer(Locale locale) {
        this.labels = ReportLabels.of(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * A renderer in the language of the given texts, e.g. {@code catalog.translations().texts(locale)} (possibly
     * with a language pack): labels, requirement titles and domain names in that language.
     */
    public ComparisonPdfRenderer(Texts texts) {
        this.labels = ReportLabels.of(texts);
    }

    /** Writes the PDF; does not close {@code out}. */
    public void render(TenderComparison comparison, OutputStream out) {
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
