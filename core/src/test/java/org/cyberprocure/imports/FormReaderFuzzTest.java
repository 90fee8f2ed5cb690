package org.cyberprocure.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.Questionnaire;

/**
 * Fuzz tests of the vendor-form readers (MDS2, CAIQ), workbooks and CSV exports. Property: any input is read or
 * refused with an {@link InputRejectedException} whose problems are safe to show; nothing else is thrown, and a
 * questionnaire read has at most the limits' answers.
 *
 * <p>The workbook targets wrap the fuzzer's bytes into a workbook, so that it works on the XML the streaming
 * reader parses rather than on zip checksums: the bytes up to the first NUL are a sheet's rows, up to the next
 * NUL the shared strings' items, the rest the styles part; input that starts with {@code PK} is taken as a whole
 * file instead. A normal test run replays {@code src/test/resources/org/cyberprocure/imports/
 * FormReaderFuzzTestInputs/<method>}; {@code mvn -Pfuzz test -pl core -Dtest=FormReaderFuzzTest#mds2Xlsx}
 * fuzzes (see {@code docs/security.md}).
 */
class FormReaderFuzzTest {
    /** Small limits, so the fuzzer reaches them with small inputs. */
    private static final ReaderLimits LIMITS = ReaderLimits.defaults().withMaxFileBytes(256 * 1024)
            .withMaxCsvFieldLength(2_000).withMaxCsvRecords(200).withMaxAnswers(50);
    private static final Catalog CATALOG = WorkbookHeapProbe.bothForms();
    private static final FormDefaults DEFAULTS = FormDefaults.none().with("vendor.name", "Fuzz")
            .with("product.name", "Fuzz").with("questionnaire.submitted", "2026-01-01");
    private static final Mds2Reader MDS2 = new Mds2Reader(CATALOG).withLimits(LIMITS).withDefaults(DEFAULTS);
    private static final CaiqReader CAIQ = new CaiqReader(CATALOG).withLimits(LIMITS).withDefaults(DEFAULTS);

    @FuzzTest
    void mds2Xlsx(byte[] input) {
        read(() -> MDS2.readXlsx(new ByteArrayInputStream(workbook(input)), "fuzz.xlsx"));
    }

    @FuzzTest
    void caiqXlsx(byte[] input) {
        read(() -> CAIQ.read(new ByteArrayInputStream(workbook(input)), "fuzz.xlsx"));
    }

    @FuzzTest
    void mds2Csv(byte[] input) {
        read(() -> MDS2.readCsv(new ByteArrayInputStream(input), "fuzz.csv"));
    }

    @FuzzTest
    void caiqCsv(byte[] input) {
        read(() -> CAIQ.read(new ByteArrayInputStream(input), "fuzz.csv"));
    }

    /** The fuzzer's bytes as a workbook: sheet rows, NUL, shared string items, NUL, styles (or a whole file). */
    static byte[] workbook(byte[] input) {
        if (input.length >= 2 && input[0] == 'P' && input[1] == 'K') {
            return input;
        }
        String[] parts = new String(input, StandardCharsets.UTF_8).split("\u0000", 3);
        HostileWorkbooks.Book book = new HostileWorkbooks.Book().sheet("Form", out -> out.write(parts[0]));
        if (parts.length > 1) {
            book.sharedStrings(out -> out.write(parts[1]));
        }
        if (parts.length > 2) {
            book.styles(parts[2]);
        }
        return book.build();
    }

    private static void read(Supplier<Questionnaire> read) {
        Questionnaire questionnaire;
        try {
            questionnaire = read.get();
        } catch (InputRejectedException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem problem : e.problems()) {
                assertSafe(problem.message(), SafeText.MESSAGE_LIMIT);
                assertSafe(problem.location().describe(), SafeText.MESSAGE_LIMIT * 2);
                assertThat(problem.message()).isNotBlank();
            }
            return;
        }
        assertThat(questionnaire.answers().size()).isLessThanOrEqualTo(LIMITS.maxAnswers());
        assertThat(questionnaire.forms()).allSatisfy(f -> assertThat(f.unknown().size())
                .isLessThanOrEqualTo(FormFile.MAX_UNKNOWN_IDS));
    }

    private static void assertSafe(String text, int limit) {
        assertThat(text.length()).isLessThanOrEqualTo(limit);
        text.codePoints().forEach(c -> assertThat(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE).as("U+%04X in %s", c, text).isFalse());
    }
}
