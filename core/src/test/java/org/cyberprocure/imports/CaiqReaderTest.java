package org.cyberprocure.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Responsibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaiqReaderTest {
    private static final String HEADER = "Question ID,Question,CSP CAIQ Answer,SSRM Control Ownership,"
            + "CSP Implementation Description (Optional/Recommended),CSC Responsibilities (Optional/Recommended)\n";
    private static final String TITLE = "Consensus Assessments Initiative Questionnaire v4\n"
            + "Cloud Service Provider,Example Cloud SE\n"
            + "Cloud Service,Example Health Platform\n"
            + "Assessment Date,30.09.2026\n\n";

    private static final Catalog CATALOG = catalog();
    private static final CaiqReader READER = new CaiqReader(CATALOG);

    @TempDir
    Path dir;

    /** The core test catalog plus a small CAIQ mapping: CEK-03.1 answers ENC-REST, LOG-07.1 and LOG-08.1 LOG-EVENTS. */
    private static Catalog catalog() {
        Catalog base = TestCatalog.create();
        FormMapping caiq = new FormMapping("CAIQ", "CAIQ v4", Profile.CLOUD_MIGRATION,
                List.of("CEK-01.1", "CEK-03.1", "DSP-03.1", "LOG-07.1", "LOG-08.1"), Map.of(), List.of(), List.of(),
                Map.of(), List.of(
                        new QuestionMapping("ENC-REST", List.of(new ItemPolarity("CEK-03.1", "yes")), null, "at rest"),
                        new QuestionMapping("LOG-EVENTS", List.of(new ItemPolarity("LOG-07.1", "yes"),
                                new ItemPolarity("LOG-08.1", "yes")), null, "events logged")));
        return new Catalog(base.version(), base.requirements(), base.questions(), base.consistencyChecks(),
                List.of(caiq));
    }

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private InputRejectedException rejection(Path file) {
        return (InputRejectedException) org.assertj.core.api.Assertions.catchThrowable(() -> READER.read(file));
    }

    @Test
    void thousandsOfUnknownQuestionIds_areRefusedByTheLimit() throws IOException {
        StringBuilder rows = new StringBuilder(TITLE + HEADER);
        for (int control = 1; control <= 99; control++) {
            for (int question = 1; question <= 30; question++) {
                rows.append(String.format("AIS-%02d.%d,Q,Yes,CSP-owned,,%n", control, question));
            }
        }
        InputRejectedException e = rejection(csv("many.csv", rows.toString()));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.problems().get(0).describe()).startsWith("many.csv, line 207, column 1: more than "
                + FormFile.MAX_UNKNOWN_IDS + " item ids the CAIQ does not define");
    }

    @Test
    void csvExport_withTitleRowsAndExtraColumns_becomesCloudQuestionnaire() throws IOException {
        Questionnaire q = READER.read(csv("provider-caiq.csv", TITLE + HEADER
                + "CEK-03.1,(question text),Yes,CSP-owned,AES-256 at rest.,\n"
                + "LOG-07.1,,Yes,Shared CSP and CSC,Platform events.,Choose application events.\n"
                + "LOG-08.1,,No,Shared CSP and CSC,,\n"));

        assertThat(q.profile()).isEqualTo(Profile.CLOUD_MIGRATION);
        assertThat(q.product().kind()).isEqualTo(ProductKind.CLOUD_SERVICE);
        assertThat(q.vendor().name()).isEqualTo("Example Cloud SE");
        assertThat(q.product().name()).isEqualTo("Example Health Platform");
        assertThat(q.submitted()).hasToString("2026-09-30");
        assertThat(q.id()).isEqualTo("CAIQ-Example-Health-Platform-2026-09-30");
        ImportedForm form = q.forms().get(0);
        assertThat(form.form()).isEqualTo("CAIQ");
        assertThat(form.items()).extracting(FormItem::id).containsExactly("CEK-03.1", "LOG-07.1", "LOG-08.1");
        FormItem log7 = form.items().get(1);
        assertThat(log7.owner()).isEqualTo("Shared CSP and CSC");
        assertThat(log7.responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(log7.note()).isEqualTo("Platform events. Customer's part: Choose application events.");
        assertThat(log7.location().describe()).isEqualTo("provider-caiq.csv, line 8, column 1");

        Answer rest = q.answer("ENC-REST").orElseThrow();
        assertThat(rest.value()).isEqualTo("yes");
        assertThat(rest.responsibility()).isEqualTo(Responsibility.VENDOR);
        assertThat(rest.comment()).isEqualTo("CEK-03.1: AES-256 at rest.");
        assertThat(rest.evidence()).isEmpty();
        Answer events = q.answer("LOG-EVENTS").orElseThrow();
        assertThat(events.value()).isEqualTo("partial");
        assertThat(events.responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(events.origin().items()).containsExactly("LOG-07.1", "LOG-08.1");
    }

    @Test
    void customerOwnedControl_isTheHospitals() throws IOException {
        Questionnaire q = READER.read(csv("c.csv", TITLE + HEADER + "CEK-03.1,,No,CSC-owned,,Encrypt uploads.\n"));

        Answer rest = q.answer("ENC-REST").orElseThrow();
        assertThat(rest.value()).isEqualTo("no");
        assertThat(rest.responsibility()).isEqualTo(Responsibility.HOSPITAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CSP-owned|CSP-owned|VENDOR",
            "csp owned|CSP-owned|VENDOR",
            "CSC-owned|CSC-owned|HOSPITAL",
            "Third-party outsourced|Third-party outsourced|VENDOR",
            "3rd-party outsourced|Third-party outsourced|VENDOR",
            "Shared CSP and CSC|Shared CSP and CSC|SHARED",
            "Shared CSP and 3rd Party|Shared CSP and 3rd Party|VENDOR",
            "shared CSP and third party|Shared CSP and 3rd Party|VENDOR",
            "N/A|N/A|VENDOR"})
    void ownership_decidesWhoClosesTheGap(String cell, String label, Responsibility responsibility) {
        CaiqOwnership owner = CaiqOwnership.parse(cell).orElseThrow();
        assertThat(owner.label()).isEqualTo(label);
        assertThat(owner.responsibility()).isEqualTo(responsibility);
    }

    @Test
    void workbook_readsLikeItsCsvExport_onTheSheetWithTheHeader() throws IOException {
        List<List<String>> rows = List.of(
                List.of("Cloud Service Provider", "Example Cloud SE"), List.of("Cloud Service", "Example Health Platform"),
                List.of("Assessment Date", "2026-09-30"), List.of(),
                List.of("Question ID", "CSP CAIQ Answer", "SSRM Control Ownership",
                        "CSP Implementation Description (Optional/Recommended)"),
                List.of("CEK-03.1", "Yes", "CSP-owned", "AES-256 at rest."),
                List.of("LOG-08.1", "No", "CSC-owned", ""));
        Path xlsx = dir.resolve("provider-caiq.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Introduction").createRow(0).createCell(0).setCellValue("About this questionnaire");
            Sheet sheet = workbook.createSheet("CAIQv4");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        StringBuilder text = new StringBuilder();
        rows.forEach(r -> text.append(String.join(",", r)).append('\n'));

        Questionnaire fromXlsx = READER.read(xlsx);
        Questionnaire fromCsv = READER.read(csv("provider-caiq.csv", text.toString()));

        assertThat(fromXlsx.answers()).extracting(Answer::describe)
                .isEqualTo(fromCsv.answers().stream().map(Answer::describe).toList())
                .containsExactly("ENC-REST = yes", "LOG-EVENTS = no");
        assertThat(fromXlsx.vendor()).isEqualTo(fromCsv.vendor());
        FormItem log8 = fromXlsx.forms().get(0).items().get(1);
        assertThat(log8.location().describe()).isEqualTo("provider-caiq.xlsx, sheet 'CAIQv4', row 7, column A");
        assertThat(log8.responsibility()).isEqualTo(Responsibility.HOSPITAL);
    }

    @Test
    void idsOutsideTheForm_areListedAsUnknown_notesHoldCorrectionsOnly() throws IOException {
        Questionnaire q = READER.read(csv("c.csv", TITLE + HEADER
                + "Cryptography Encryption and Key Management,,,,,\n"
                + "cek-3.1,,yes,CSP-owned,,\n"
                + "CEK-22.1,,Yes,CSP-owned,,\n"
                + "XYZ-01.1,,Yes,CSP-owned,,\n"
                + "CEK-04.1,,,,,\n"));

        ImportedForm form = q.forms().get(0);
        assertThat(form.items()).extracting(FormItem::id).containsExactly("CEK-03.1");
        assertThat(form.unknown()).extracting(FormItem::id).containsExactly("CEK-22.1", "XYZ-01.1");
        // the unknown ids are listed once (ImportedForm.unknown), the unanswered question is no correction
        assertThat(form.notes()).containsExactly("cek-3.1 read as CEK-03.1 (row 8)");
    }

    @Test
    void naWithAnOwner_isOneLowKeyNote_andReadAsNotApplicable() throws IOException {
        Questionnaire q = READER.read(csv("c.csv", TITLE + HEADER
                + "CEK-01.1,,NA,CSP-owned,,\n"
                + "DSP-03.1,,NA,3rd-party outsourced,,\n"
                + "LOG-07.1,,NA,N/A,,\n"
                + "CEK-03.1,,Yes,,,\n"));

        ImportedForm form = q.forms().get(0);
        assertThat(form.items()).extracting(FormItem::value).containsExactly("n/a", "n/a", "n/a", "yes");
        assertThat(form.notes()).containsExactly(
                "1 answered question names no control owner, read as the provider's: CEK-03.1",
                "2 questions answered NA name a control owner as well, common in real sheets; read as not applicable,"
                        + " the owner ignored: CEK-01.1 (CSP-owned), DSP-03.1 (Third-party outsourced)");
    }

    @Test
    void defaults_fillWhatTheSheetDoesNotSay_theSheetWins() throws IOException {
        Questionnaire q = READER.withDefaults(FormDefaults.none().with("vendor.country", "DE")
                        .with("vendor.name", "Other Name").with("questionnaire.id", "TENDER-7"))
                .read(csv("c.csv", TITLE + HEADER + "CEK-03.1,,Yes,CSP-owned,,\n"));

        assertThat(q.vendor().country()).isEqualTo("DE");
        assertThat(q.vendor().name()).isEqualTo("Example Cloud SE");
        assertThat(q.id()).isEqualTo("TENDER-7");
    }

    @Test
    void sheetWithoutHeaderArea_needsDefaults() throws IOException {
        Path file = csv("bare.csv", HEADER + "CEK-03.1,,Yes,CSP-owned,,\n");

        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).problems())
                        .allMatch(p -> p.reason() == Reason.INVALID_FIELD)
                        .anyMatch(p -> p.message().contains("vendor.name"))
                        .anyMatch(p -> p.message().contains("questionnaire.submitted")));
        Questionnaire q = READER.withDefaults(FormDefaults.none().with("vendor.name", "Example Cloud SE")
                .with("product.name", "Example Platform").with("questionnaire.submitted", "2026-10-01")).read(file);
        assertThat(q.answers()).extracting(Answer::describe).containsExactly("ENC-REST = yes");
    }

    @Test
    void answerOtherThanYesNoNa_isRejectedAtItsCell() throws IOException {
        InputRejectedException e = rejection(csv("c.csv", TITLE + HEADER + "CEK-03.1,,Maybe,CSP-owned,,\n"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(e.problems().get(0).location().describe()).isEqualTo("c.csv, line 7, column 3");
        assertThat(e.problems().get(0).message()).contains("Maybe").contains("Yes, No or NA");
    }

    @Test
    void unknownOwnership_isRejectedAtItsCell() throws IOException {
        InputRejectedException e = rejection(csv("c.csv", TITLE + HEADER + "CEK-03.1,,Yes,The hospital,,\n"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(e.problems().get(0).location().describe()).isEqualTo("c.csv, line 7, column 4");
    }

    @Test
    void questionAnsweredTwice_isRejected() throws IOException {
        InputRejectedException e = rejection(csv("c.csv", TITLE + HEADER
                + "CEK-03.1,,Yes,CSP-owned,,\nCEK-03.1,,No,CSP-owned,,\n"));

        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_ANSWER);
        assertThat(e.problems().get(0).location().line()).isEqualTo(8);
        assertThat(e.problems().get(0).message()).contains("first in row 7");
    }

    @Test
    void answerWithoutQuestionId_isRejected() throws IOException {
        InputRejectedException e = rejection(csv("c.csv", TITLE + HEADER + ",,Yes,CSP-owned,,\n"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(e.problems().get(0).location().line()).isEqualTo(7);
    }

    @Test
    void sheetWithoutCaiqHeader_isRejected() throws IOException {
        InputRejectedException e = rejection(csv("c.csv", "key,value,comment\nENC-REST,yes,\n"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(e.getMessage()).contains("no CAIQ header row").contains("SSRM Control Ownership");
    }

    @Test
    void unreadableDateInHeaderArea_isRejectedAtItsCell() throws IOException {
        InputRejectedException e = rejection(csv("c.csv", "Cloud Service Provider,Example Cloud SE\n"
                + "Assessment Date,soon\n" + HEADER + "CEK-03.1,,Yes,CSP-owned,,\n"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(e.problems().get(0).location().describe()).isEqualTo("c.csv, line 2, column 2");
    }

    @Test
    void damagedWorkbook_isRejectedWithoutPoiExceptions() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        byte[] zipStart = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        Files.write(file, zipStart);

        InputRejectedException e = rejection(file);
        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(e.getCause()).isNull();
    }

    @Test
    void rowsOverTheLimit_areRefused() throws IOException {
        StringBuilder text = new StringBuilder(TITLE + HEADER);
        for (int i = 1; i <= 30; i++) {
            text.append("CEK-0").append(i % 9 + 1).append('.').append(i).append(",,Yes,CSP-owned,,\n");
        }
        Path file = csv("c.csv", text.toString());

        assertThatThrownBy(() -> READER.withLimits(ReaderLimits.defaults().withMaxCsvRecords(20)).read(file))
                .isInstanceOf(InputRejectedException.class)
                .extracting(e -> ((InputRejectedException) e).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void stream_isReadLikeAFile() {
        byte[] bytes = (TITLE + HEADER + "CEK-03.1,,Yes,CSP-owned,,\n").getBytes(StandardCharsets.UTF_8);

        Questionnaire q = READER.read(new ByteArrayInputStream(bytes), "upload.csv");

        assertThat(q.forms().get(0).source()).isEqualTo("upload.csv");
        assertThat(q.answers()).hasSize(1);
    }

    @Test
    void catalogWithoutCaiqMapping_isAConfigurationProblem() {
        assertThatThrownBy(() -> new CaiqReader(TestCatalog.create())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("CAIQ");
    }

    @Test
    void recognises_caiqSheetsOnly() throws IOException {
        assertThat(READER.recognises(csv("a.csv", TITLE + HEADER + "CEK-03.1,,Yes,CSP-owned,,\n"))).isTrue();
        assertThat(READER.recognises(csv("b.csv", "key,value\nENC-REST,yes\n"))).isFalse();
    }
}
