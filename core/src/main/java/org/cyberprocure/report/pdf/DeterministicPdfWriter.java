package org.cyberprocure.report.pdf;

import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer of every PDF this package makes: fully compressed (object streams, the best deflate level), with
 * the PDF/UA-1 identification, and byte-for-byte repeatable for the same document id.
 *
 * <p>iText names an embedded font subset with a random six-letter tag ({@code ABCDEF+DejaVuSans}, from a
 * {@code SecureRandom}, with no setting to fix it). This writer replaces each tag in the font dictionaries
 * ({@code /BaseFont}, {@code /FontName}) just before the dictionary is written, by a tag derived from the document
 * id and the order in which the tags first appear (the fonts are flushed in creation order, see
 * {@link ReportDocument.FontOrderedPdfADocument}). The objects are still plain dictionaries at that point, so it
 * works whether or not they end up compressed inside an object stream. ADR 0026.
 */
final class DeterministicPdfWriter extends PdfWriter {
    /** A subset font name: six capital letters, a plus, the font's name. */
    private static final Pattern SUBSET_NAME = Pattern.compile("([A-Z]{6})\\+(.+)");

    private final byte[] documentId;
    /** iText's random tag → the derived one; one entry per font subset. */
    private final Map<String, String> tags = new HashMap<>();

    DeterministicPdfWriter(OutputStream out, byte[] documentId) {
        super(out, properties(documentId));
        this.documentId = documentId.clone();
    }

    private static WriterProperties properties(byte[] documentId) {
        PdfString id = new PdfString(documentId).setHexWriting(true);
        return new WriterProperties()
                .addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1)
                .setInitialDocumentId(id)
                .setModifiedDocumentId(id)
                .setFullCompressionMode(true)
                .setCompressionLevel(CompressionConstants.DEFAULT_COMPRESSION);
    }

    @Override
    protected void flushObject(PdfObject object, boolean canBeInObjStm) {
        if (object instanceof PdfDictionary dictionary) {
            retag(dictionary, PdfName.BaseFont); // a font and its descendant CID font
            retag(dictionary, PdfName.FontName); // a font descriptor
        }
        super.flushObject(object, canBeInObjStm);
    }

    private void retag(PdfDictionary dictionary, PdfName key) {
        PdfObject value = dictionary.get(key, false);
        if (!(value instanceof PdfName name)) {
            return;
        }
        Matcher subset = SUBSET_NAME.matcher(name.getValue());
        if (subset.matches()) {
            String tag = tags.computeIfAbsent(subset.group(1), random -> derivedTag(tags.size()));
            dictionary.put(key, new PdfName(tag + "+" + subset.group(2)));
        }
    }

    /** Six capital letters from a digest of the document id and the subset's index. */
    private String derivedTag(int index) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(documentId);
            sha.update((byte) index);
            byte[] digest = sha.digest();
            StringBuilder tag = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + Math.floorMod(digest[i], 26)));
            }
            return tag.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
