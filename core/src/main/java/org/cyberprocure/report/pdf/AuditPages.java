package org.cyberprocure.report.pdf;

import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.time.format.DateTimeFormatter;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.ReportLabels;

/**
 * The audit record and the reviewers' sign-off block, as every PDF this library writes ends: the generation time
 * (apart from the as-of date), the tool, catalog, rule pack and policy versions, the SHA-256 of every input file,
 * then lines for the reviewer's and the approver's name, role, date and signature.
 */
final class AuditPages {
    private static final float TABLE_SIZE = 8.5f;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

    private AuditPages() {
    }

    static void auditAndSignOff(Document document, ReportLabels labels, Fonts fonts, AuditRecord audit,
                                Assessment assessment) {
        document.add(new Paragraph(labels.get("audit.intro")));
        Table facts = table(34, 66);
        header(facts, fonts, labels.get("column.item"), labels.get("column.value"));
        fact(facts, fonts, labels.get("audit.generatedAt"), UTC.format(audit.generatedAt()));
        fact(facts, fonts, labels.get("fact.asOf"), assessment.asOf().toString());
        fact(facts, fonts, labels.get("audit.tool"), audit.tool() + " " + audit.toolVersion());
        fact(facts, fonts, labels.get("fact.catalog"), assessment.catalogVersion());
        fact(facts, fonts, labels.get("fact.rulePack"), assessment.rulePack() + " " + assessment.rulePackVersion());
        fact(facts, fonts, labels.get("fact.policy"), fonts.printable(SafeText.clean(assessment.policy(), 300)));
        document.add(facts);

        document.add(subheading(labels.get("audit.inputs"), fonts));
        if (audit.inputs().isEmpty()) {
            document.add(new Paragraph(labels.get("audit.noInputs")));
        } else {
            Table files = table(14, 26, 60);
            header(files, fonts, labels.get("audit.role"), labels.get("audit.file"), labels.get("audit.sha256"));
            for (AuditRecord.InputFile file : audit.inputs()) {
                files.addCell(cell().add(new Paragraph(labels.inputRole(file.role()))));
                files.addCell(cell().add(new Paragraph(fonts.printable(SafeText.clean(file.name(), 200)))));
                files.addCell(cell().add(new Paragraph(file.sha256()).setFontSize(6.8f)));
            }
            document.add(files);
        }

        document.add(subheading(labels.get("signoff.title"), fonts));
        document.add(new Paragraph(labels.get("signoff.intro")));
        Table signOff = table(19, 25, 20, 13, 23);
        header(signOff, fonts, "", labels.get("signoff.name"), labels.get("signoff.role"), labels.get("signoff.date"),
                labels.get("signoff.signature"));
        for (String who : new String[] {labels.get("signoff.reviewedBy"), labels.get("signoff.approvedBy")}) {
            Cell rowHeader = cell().add(new Paragraph(who).setFont(fonts.bold()));
            rowHeader.getAccessibilityProperties().setRole(StandardRoles.TH);
            rowHeader.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                    .addEnumAttribute("Scope", "Row"));
            signOff.addCell(rowHeader.setMinHeight(34));
            for (int i = 0; i < 4; i++) {
                signOff.addCell(cell().setMinHeight(34));
            }
        }
        document.add(signOff.setKeepTogether(true));
    }

    private static void fact(Table t, Fonts fonts, String label, String value) {
        Cell header = cell().add(new Paragraph(label).setFont(fonts.bold()));
        header.getAccessibilityProperties().setRole(StandardRoles.TH);
        header.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                .addEnumAttribute("Scope", "Row"));
        t.addCell(header);
        t.addCell(cell().add(new Paragraph(value)));
    }

    static Paragraph subheading(String title, Fonts fonts) {
        Paragraph p = new Paragraph(title).setFont(fonts.bold()).setFontSize(12.5f).setMarginTop(14)
                .setMarginBottom(5).setKeepWithNext(true);
        p.getAccessibilityProperties().setRole(StandardRoles.H2);
        return p;
    }

    static Table table(float... percentages) {
        return new Table(UnitValue.createPercentArray(percentages)).useAllAvailableWidth().setFixedLayout()
                .setFontSize(TABLE_SIZE).setMarginTop(2).setMarginBottom(6);
    }

    static void header(Table table, Fonts fonts, String... texts) {
        for (String text : texts) {
            Cell cell = cell().setBackgroundColor(Palette.HEADER_BACKGROUND)
                    .add(new Paragraph(text).setFont(fonts.bold()));
            cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                    .addEnumAttribute("Scope", "Column"));
            table.addHeaderCell(cell);
        }
    }

    static Cell cell() {
        return new Cell().setPadding(3.5f).setBorder(new SolidBorder(Palette.RULE, 0.5f));
    }
}
