package org.cyberprocure.report.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.cyberprocure.ConfigurationException;

/**
 * The embedded DejaVu Sans pair of one document (iText fonts belong to one document). DejaVu covers the Latin,
 * Greek and Cyrillic scripts of every EU official language; it is embedded as an Identity-H subset with a
 * ToUnicode map, so text extracts as written.
 */
record Fonts(PdfFont regular, PdfFont bold) {
    private static final String FONTS = "/org/cyberprocure/report/pdf/fonts/";
    private static final byte[] REGULAR = load("DejaVuSans.ttf");
    private static final byte[] BOLD = load("DejaVuSans-Bold.ttf");

    static Fonts create() {
        try {
            return new Fonts(embedded(REGULAR), embedded(BOLD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces characters neither font can draw (emoji, CJK) with a question mark. iText would otherwise draw
     * the .notdef glyph, which PDF/A forbids, and the text would not extract.
     */
    String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean drawable = Character.isWhitespace(codePoint)
                    || regular.containsGlyph(codePoint) && bold.containsGlyph(codePoint);
            if (!drawable && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (drawable) {
                    out.appendCodePoint(codePoint);
                } else {
                    out.append('?');
                }
            }
            i += Character.charCount(codePoint);
        }
        return out == null ? text : out.toString();
    }

    private static PdfFont embedded(byte[] program) throws IOException {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static byte[] load(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new ConfigurationException("font " + name + " missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ConfigurationException("cannot read font " + name, e);
        }
    }
}
