package org.cyberprocure.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Object streams and repeatable bytes at once: the font-subset tags are fixed before they are compressed. */
class DeterministicPdfWriterTest {
    private static byte[] write(byte[] id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFont font = Fonts.create().regular();
        PdfDocument pdf = new PdfDocument(new DeterministicPdfWriter(out, id));
        String date = ReportDocument.date(java.time.LocalDate.of(2026, 1, 2)).getPdfObject().getValue(); // no clock
        pdf.getDocumentInfo().setMoreInfo(PdfName.CreationDate.getValue(), date);
        pdf.getDocumentInfo().setMoreInfo(PdfName.ModDate.getValue(), date);
        try (Document document = new Document(pdf)) {
            document.add(new Paragraph("Zakład Łódź — Νοσοκομείο — Больница").setFont(font));
        }
        return out.toByteArray();
    }

    private static List<String> fontNames(byte[] pdf) throws Exception {
        List<String> names = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i < doc.getNumberOfPdfObjects(); i++) {
                if (doc.getPdfObject(i) instanceof PdfDictionary d) {
                    PdfName name = d.containsKey(PdfName.FontName) ? d.getAsName(PdfName.FontName)
                            : d.getAsName(PdfName.BaseFont);
                    if (name != null) {
                        names.add(name.getValue());
                        // the font dictionaries sit compressed inside an object stream
                        assertThat(d.getIndirectReference().getObjStreamNumber()).isPositive();
                    }
                }
            }
        }
        return names;
    }

    @Test
    void sameId_sameBytes_althoughITextDrawsARandomSubsetTagEachTime() throws Exception {
        byte[] id = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
        byte[] first = write(id);
        assertThat(write(id)).isEqualTo(first);
        List<String> names = fontNames(first);
        assertThat(names).hasSize(3) // the font, its descendant CID font, its descriptor
                .allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+DejaVuSans(-Identity-H)?"));
        assertThat(names.stream().map(n -> n.substring(0, 6)).distinct()).hasSize(1);
    }

    @Test
    void anotherId_anotherTag() throws Exception {
        byte[] id = new byte[16];
        String tag = fontNames(write(id)).get(0).substring(0, 6);
        id[0] = 1;
        assertThat(fontNames(write(id)).get(0).substring(0, 6)).isNotEqualTo(tag);
    }
}
