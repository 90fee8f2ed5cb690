package org.cyberprocure.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.TestCatalog;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.catalog.FormMapping.Gate;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mds2Reader against a small MDS2 mapping onto the core test catalog: layout, normalisation, rejections. */
class Mds2ReaderTest {
    static final FormMapping MAPPING = new FormMapping("MDS2", "MDS2 (test)", Profile.MEDICAL_DEVICE,
            List.of("DOC-1", "DOC-2", "DOC-3", "DOC-4", "DOC-5", "DOC-7", "STCF-1", "STCF-1.1", "AUTH-3", "SAHD-15"),
            Map.of("SHAD-15", "SAHD-15"), List.of("DOC-2"), List.of(new Gate("STCF-1", "no", "STCF-1")),
            Map.of("vendor.name", "DOC-1", "product.name", "DOC-3", "questionnaire.id", "DOC-4",
                    "vendor.contact", "DOC-5", "questionnaire.submitted", "DOC-7"),
            List.of(new QuestionMapping("ENC-REST", List.of(new ItemPolarity("STCF-1", "yes"),
                    new ItemPolarity("STCF-1.1", "yes"), new ItemPolarity("AUTH-3", "no")), null, "")));
    static final Catalog CATALOG;

    static {
        Catalog base = TestCatalog.create();
        CATALOG = new Catalog("test-mds2", base.requirements(), base.questions(), List.of(), List.of(MAPPING));
    }

    static final String HEADER = "Question ID,Question,Answer,Note\n";
    static final String DOC = "DOC-1,Maker,Kestrel Medical,\nDOC-3,Model,IP-300,\nDOC-4,Doc id,KMD-1,\n"
            + "DOC-7,Date,2026-09-15,\n";

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Mds2Reader reader() {
        return new Mds2Reader(CATALOG);
    }

    static InputRejectedException rejected(Runnable read) {
        try {
            read.run();
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError("not rejected");
    }

    @Test
    void statedQuestion_isNotedWhenNobodyAnswersIt_andTakenFromTheDefaultsWhenGiven() throws IOException {
        FormMapping stating = new FormMapping(MAPPING.form(), MAPPING.title(), MAPPING.profile(), MAPPING.items(),
                MAPPING.aliases(), MAPPING.text(), MAPPING.gates(), MAPPING.meta(), MAPPING.questions(), Map.of(),
                Map.of(), null, List.of(), List.of(), List.of(new FormMapping.Stated("ENC-REST", "ENC-REST is not in the form: ask")));
        Catalog base = TestCatalog.create();
        Mds2Reader reader = new Mds2Reader(new Catalog("test-mds2", base.requirements(), base.questions(),
                List.of(), List.of(stating)));
        Path f = file("pump.csv", HEADER + DOC + "AUTH-3,Root?,N/A,\n");
        Questionnaire open = reader.read(f);
        assertThat(open.answers()).isEmpty();
        assertThat(open.forms().get(0).notes()).containsExactly("ENC-REST is not in the form: ask");
        Questionnaire stated = reader.withDefaults(FormDefaults.none().withAnswer("ENC-REST", "yes")).read(f);
        assertThat(stated.answers()).singleElement().satisfies(a -> {
            assertThat(a.describe()).isEqualTo("ENC-REST = yes");
            assertThat(a.mapped()).isFalse();
            assertThat(a.comment()).startsWith("Stated by the hospital");
        });
        assertThat(stated.forms().get(0).notes()).isEmpty();
    }

    @Test
    void csvExport_isRead_normalised_andMapped() throws IOException {
        Questionnaire q = reader().read(file("pump.csv", "Title row,,\n\n" + HEADER + DOC
                + "STCF,STORAGE CONFIDENTIALITY,,\nSTCF-1,Encrypts at rest?,\"Yes, optional\",AES-256\n"
                + "STCF-1.1,All data?,yes - see note,keys in TPM\nAUTH-3,Root?,No,\nSHAD-15,BIOS?,Yes,\n"
                + "ZZZZ-9,Unknown,Yes,\nDOC-2,Description,,\n"));
        assertThat(q.vendor().name()).isEqualTo("Kestrel Medical");
        assertThat(q.product().name()).isEqualTo("IP-300");
        assertThat(q.id()).isEqualTo("KMD-1");
        assertThat(q.submitted()).hasToString("2026-09-15");
        assertThat(q.answers()).singleElement().satisfies(a -> {
            assertThat(a.describe()).isEqualTo("ENC-REST = yes");
            assertThat(a.comment()).isEqualTo("STCF-1: optional; AES-256; STCF-1.1: see note; keys in TPM");
            assertThat(a.origin().items()).containsExactly("STCF-1", "STCF-1.1", "AUTH-3");
            assertThat(a.location().describe()).isEqualTo("pump.csv, line 9, column 3");
        });
        var form = q.forms().get(0);
        assertThat(form.items()).extracting(FormItem::id).contains("SAHD-15").doesNotContain("DOC-2");
        assertThat(form.unknown()).extracting(FormItem::id).containsExactly("ZZZZ-9");
        // Unknown ids are listed as unknown items, not among the reader's corrections.
        assertThat(form.notes()).anyMatch(n -> n.startsWith("SHAD-15 read as SAHD-15 (pump.csv, line 12"))
                .noneMatch(n -> n.contains("ZZZZ-9"));
    }

    @Test
    void workbook_findsTheSheetWithTheIds_andTheAnswerColumnByContent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Instructions").createRow(0).createCell(0).setCellValue("ID");
            Sheet sheet = wb.createSheet("Form");
            String[][] rows = {{"", "ID", "Question", "IP-300", "Notes", "Extra"}, {"", "DOC-1", "Maker",
                    "Kestrel Medical"}, {"", "DOC-3", "Model", "IP-300"}, {"", "DOC-4", "Id", "KMD-1"},
                    {"", "DOC-7", "Date", "15.09.2026"}, {}, {"", "STCF-1", "At rest?", "No", "", "x"},
                    {"", "STCF-1.1", "All?", "No"}, {"", "AUTH-3", "Root?", "N/A"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 4);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        Questionnaire q = reader().readXlsx(new ByteArrayInputStream(out.toByteArray()), "pump.xlsx");
        assertThat(q.submitted()).hasToString("2026-09-15");
        assertThat(q.answers()).singleElement().satisfies(a -> assertThat(a.describe()).isEqualTo("ENC-REST = no"));
        assertThat(q.forms().get(0).notes()).anyMatch(n -> n.startsWith("STCF-1.1 answered no (pump.xlsx, sheet"
                + " 'Form', row 12, column D) read as n/a"));
    }

    @Test
    void answerThatIsNotYesNoOrNa_isRejectedAtItsCell_withEveryOtherProblem() throws IOException {
        Path f = file("bad.csv", HEADER + DOC + "STCF-1,At rest?,Maybe,\nAUTH-3,Root?,See note,\nAUTH-3,Root?,No,\n");
        InputRejectedException e = rejected(() -> reader().read(f));
        assertThat(e.problems()).extracting(p -> p.reason()).containsExactly(Reason.INVALID_VALUE,
                Reason.INVALID_VALUE, Reason.DUPLICATE_ANSWER);
        assertThat(e.problems().get(0).describe()).startsWith("bad.csv, line 6, column 3: 'Maybe' is not an answer"
                + " to STCF-1");
    }

    @Test
    void missingIdColumn_orNoMds2Ids_isRejected() throws IOException {
        Path noId = file("noid.csv", "Question,Answer,Note\nEncrypts?,Yes,\n");
        assertThat(rejected(() -> reader().read(noId)).getMessage()).contains("item id");
        Path otherForm = file("other.csv", "ID,Answer\nXYZ-1,Yes\n");
        assertThat(rejected(() -> reader().read(otherForm)).getMessage()).contains("no MDS2 item ids")
                .contains("line 1");
    }

    @Test
    void missingHeaderItems_nameTheDocItem_unlessDefaultsFillThem() throws IOException {
        Path f = file("nodoc.csv", HEADER + "DOC-1,Maker,Kestrel,\nDOC-7,Date,2026-09-15,\nSTCF-1,x,Yes,\n");
        InputRejectedException e = rejected(() -> reader().read(f));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).contains("MDS2 DOC-4 (questionnaire.id) is missing", "fill in DOC-4",
                "MDS2 DOC-3 (product.name) is missing");
        Questionnaire q = reader().withDefaults(FormDefaults.none().with("questionnaire.id", "T-1")
                .with("product.name", "Pump").with("vendor.country", "DE").with("vendor.name", "Ignored")).read(f);
        assertThat(q.id()).isEqualTo("T-1");
        assertThat(q.vendor().name()).isEqualTo("Kestrel");
        assertThat(q.vendor().country()).isEqualTo("DE");
        Path badDate = file("date.csv", HEADER + DOC.replace("2026-09-15", "sometime") + "STCF-1,x,Yes,\n");
        assertThat(rejected(() -> reader().read(badDate)).getMessage())
                .contains("'sometime' (MDS2 DOC-7 (questionnaire.submitted)) is not a date");
    }

    @Test
    void corruptWorkbook_nonUtf8Csv_tooLargeFile_andUnknownExtension_areRejected() throws IOException {
        Path corrupt = dir.resolve("corrupt.xlsx");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(rejected(() -> reader().read(corrupt)).reason()).isEqualTo(Reason.UNREADABLE);
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + DOC + "STCF-1,x,Oui,Chiffr\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        InputRejectedException encoding = rejected(() -> reader().read(latin1));
        assertThat(encoding.reason()).isEqualTo(Reason.BAD_ENCODING);
        assertThat(encoding.problems().get(0).location().line()).isEqualTo(6);
        Path big = file("big.csv", HEADER + DOC + "STCF-1,x,Yes,\n");
        assertThat(rejected(() -> reader().withLimits(ReaderLimits.defaults().withMaxFileBytes(50)).read(big))
                .reason()).isEqualTo(Reason.TOO_LARGE);
        Path pdf = file("form.pdf", "x");
        assertThat(rejected(() -> reader().read(pdf)).reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void recognises_mds2Files_butNotOtherCsv() throws IOException {
        assertThat(reader().recognises(file("a.csv", HEADER + DOC))).isTrue();
        assertThat(reader().recognises(file("q.csv", "key,value\nvendor.name,X\nENC-REST,yes\n"))).isFalse();
        assertThat(reader().recognises(file("x.txt", HEADER + DOC))).isFalse();
    }

    @Test
    void catalogWithoutMds2Mapping_isAConfigurationError() {
        assertThatThrownBy(() -> new Mds2Reader(TestCatalog.create())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no form mapping for MDS2");
    }
}
