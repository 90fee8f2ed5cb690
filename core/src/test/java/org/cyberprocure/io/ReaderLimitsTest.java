package org.cyberprocure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit is enforced, configurable, and refuses input as soon as it is crossed. */
class ReaderLimitsTest {
    private final QuestionnaireReader reader = new QuestionnaireReader(TestCatalog.create());

    static final String HEADER = """
            "schemaVersion": "1", "id": "T-1", "profile": "cloud-migration", "submitted": "2026-10-01",
            "vendor": {"name": "V"}, "product": {"name": "P", "kind": "CLOUD_SERVICE"},
            """;
    static final String CSV_HEADER = """
            key,value,comment,evidence
            questionnaire.id,T-1,,
            questionnaire.profile,cloud-migration,,
            questionnaire.submitted,2026-10-01,,
            vendor.name,V,,
            product.name,P,,
            product.kind,CLOUD_SERVICE,,
            """;

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputRejectedException rejection(Runnable read) {
        try {
            read.run();
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError("input was accepted");
    }

    /** An endless stream that counts what was taken from it. */
    private static final class Endless extends InputStream {
        private final byte[] prefix;
        private final byte fill;
        long taken;

        Endless(String prefix, char fill) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.fill = (byte) fill;
        }

        @Override
        public int read() {
            return taken < prefix.length ? prefix[(int) taken++] : fill(taken++);
        }

        private int fill(long ignored) {
            return fill;
        }
    }

    @Test
    void defaults_areTheDocumentedNumbers() {
        ReaderLimits limits = ReaderLimits.defaults();
        assertThat(limits.maxFileBytes()).isEqualTo(10L * 1024 * 1024).isEqualTo(QuestionnaireReader.MAX_BYTES);
        assertThat(limits.maxJsonDepth()).isEqualTo(32);
        assertThat(limits.maxStringLength()).isEqualTo(100_000);
        assertThat(limits.maxNumberLength()).isEqualTo(64);
        assertThat(limits.maxAnswers()).isEqualTo(5_000);
        assertThat(limits.maxCsvFieldLength()).isEqualTo(100_000);
        assertThat(limits.maxCsvRecords()).isEqualTo(10_000);
        assertThat(reader.limits()).isEqualTo(limits);
    }

    @Test
    void nonsensicalLimits_areRefusedWhenConfigured() {
        assertThatThrownBy(() -> ReaderLimits.defaults().withMaxFileBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFileBytes");
        assertThatThrownBy(() -> ReaderLimits.defaults().withMaxJsonDepth(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxJsonDepth");
        assertThatThrownBy(() -> ReaderLimits.defaults().withMaxAnswers(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oversizedFile_isRejectedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path sparse = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(64L * 1024 * 1024 * 1024); // 64 GiB of holes: reading it would take minutes
        }
        long start = System.nanoTime();
        InputRejectedException e = rejection(() -> reader.read(sparse));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.source()).isEqualTo("huge.json");
        assertThat(e.getMessage()).contains("10485760 bytes");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void endlessStream_isCutOffAtTheFileLimit() {
        QuestionnaireReader small = reader.withLimits(ReaderLimits.defaults().withMaxFileBytes(100_000));
        Endless json = new Endless("{\"id\": \"", 'x');
        assertThat(rejection(() -> small.readJson(json, "q.json")).reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(json.taken).isLessThanOrEqualTo(100_001);
        Endless csv = new Endless("key,value\nvendor.name,", ' ');
        assertThat(rejection(() -> small.readCsv(csv, "q.csv")).reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(csv.taken).isLessThanOrEqualTo(100_001);
    }

    @Test
    void longJsonString_isRejectedWithItsLine() {
        String name = "x".repeat(ReaderLimits.DEFAULT_MAX_STRING_LENGTH + 1);
        InputRejectedException e = rejection(() -> reader.readJson(bytes("{\n\"id\": \"" + name + "\"}"), "q.json"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.problems().get(0).location().line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("100000");
        QuestionnaireReader strict = reader.withLimits(ReaderLimits.defaults().withMaxStringLength(50));
        assertThat(rejection(() -> strict.readJson(bytes("{\"id\": \"" + "y".repeat(51) + "\"}"), "q.json"))
                .reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void longJsonNumber_isRejected() {
        String number = "1".repeat(ReaderLimits.DEFAULT_MAX_NUMBER_LENGTH + 1);
        assertThat(rejection(() -> reader.readJson(bytes("{\"id\": " + number + "}"), "q.json")).reason())
                .isEqualTo(Reason.TOO_LARGE);
        QuestionnaireReader strict = reader.withLimits(ReaderLimits.defaults().withMaxNumberLength(5));
        assertThat(rejection(() -> strict.readJson(bytes("{\"id\": 123456}"), "q.json")).reason())
                .isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void deepJson_isRejectedAtTheConfiguredDepth() {
        String nine = "{\"a\":".repeat(9) + "1" + "}".repeat(9);
        QuestionnaireReader shallow = reader.withLimits(ReaderLimits.defaults().withMaxJsonDepth(8));
        InputRejectedException e = rejection(() -> shallow.readJson(bytes(nine), "q.json"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("depth");
        // The default allows it: then it fails only because the fields are unknown (and so the required are missing).
        assertThat(rejection(() -> reader.readJson(bytes(nine), "q.json")).problems())
                .extracting(InputRejectedException.Problem::reason)
                .containsOnly(Reason.UNKNOWN_FIELD, Reason.SCHEMA_VIOLATION).contains(Reason.UNKNOWN_FIELD);
        String deep = "[".repeat(100_000) + "]".repeat(100_000); // would overflow a naive recursive parser
        assertThat(rejection(() -> reader.readJson(bytes(deep), "q.json")).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void tooManyJsonAnswers_areRejectedAtTheArray() {
        QuestionnaireReader three = reader.withLimits(ReaderLimits.defaults().withMaxAnswers(3));
        String answer = "{\"question\": \"ENC-REST\", \"value\": \"yes\"}";
        InputRejectedException e = rejection(() -> three.readJson(bytes("{" + HEADER + "\"answers\": ["
                + String.join(",", java.util.Collections.nCopies(4, answer)) + "]}"), "q.json"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/answers");
    }

    @Test
    void manySmallJsonValues_areBoundedByTheTokenBudget() {
        // 3.5 million empty objects fit in 10 MiB; as a tree they would take hundreds of MiB.
        String many = "{\"answers\": [" + "{},".repeat(3_000_000) + "{}]}";
        InputRejectedException e = rejection(() -> reader.readJson(bytes(many), "q.json"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).containsIgnoringCase("token");
    }

    @Test
    void tooManyCsvAnswers_areRejectedAtTheFirstRowOverTheLimit() {
        QuestionnaireReader two = reader.withLimits(ReaderLimits.defaults().withMaxAnswers(2));
        InputRejectedException e = rejection(() -> two.readCsv(bytes(CSV_HEADER
                + "ENC-REST,yes,,\nLOG-EVENTS,yes,,\nBREACH-HOURS,24,,\n"), "q.csv"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.problems().get(0).location().line()).isEqualTo(10);
    }

    @Test
    void tooManyCsvRecords_areRejected() {
        QuestionnaireReader few = reader.withLimits(ReaderLimits.defaults().withMaxCsvRecords(7));
        InputRejectedException e = rejection(() -> few.readCsv(bytes(CSV_HEADER + "ENC-REST,yes,,\n,,,\nLOG-EVENTS,,,\n"),
                "q.csv"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.problems().get(0).location().line()).isEqualTo(9);
    }

    @Test
    void longCsvCell_isRejected_andAnEndlessOneIsCutOffEarly() {
        QuestionnaireReader narrow = reader.withLimits(ReaderLimits.defaults().withMaxCsvFieldLength(40));
        InputRejectedException e = rejection(() -> narrow.readCsv(bytes(CSV_HEADER + "ENC-REST,yes,\""
                + "c".repeat(41) + "\",\n"), "q.csv"));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.problems().get(0).location().line()).isEqualTo(8);
        Endless endless = new Endless(CSV_HEADER + "ENC-REST,yes,\"", 'c');
        assertThat(rejection(() -> narrow.readCsv(endless, "q.csv")).reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(endless.taken).isLessThan(CSV_HEADER.length() + 20_000L);
    }

    @Test
    void csvRowWithManyCells_isCutOffEarly() {
        Endless cells = new Endless(CSV_HEADER + "ENC-REST", ',');
        InputRejectedException e = rejection(() -> reader.readCsv(cells, "q.csv"));
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CSV);
        assertThat(e.problems().get(0).location().line()).isEqualTo(8);
        assertThat(cells.taken).isLessThan(CSV_HEADER.length() + 20_000L);
    }
}
