package org.cyberprocure.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.TestCatalog;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.io.QuestionnaireReader.Format;
import org.cyberprocure.io.QuestionnaireReader.UnknownFields;
import org.cyberprocure.model.Questionnaire;
import org.junit.jupiter.api.Test;

/** Encodings, unknown fields, type tricks and hostile names. */
class HostileInputTest {
    private final QuestionnaireReader reader = new QuestionnaireReader(TestCatalog.create());
    private static final String JSON = "{" + ReaderLimitsTest.HEADER
            + "\"answers\": [{\"question\": \"ENC-REST\", \"value\": \"yes\"}]}";
    private static final String CSV = ReaderLimitsTest.CSV_HEADER + "ENC-REST,yes,,\n";

    private static InputRejectedException rejection(Runnable read) {
        try {
            read.run();
        } catch (InputRejectedException e) {
            return e;
        }
        throw new AssertionError("input was accepted");
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void utf8ByteOrderMark_isAcceptedInBothFormats() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(reader.readJson(in(withBom(bom, JSON, StandardCharsets.UTF_8)), "q.json").answers()).hasSize(1);
        assertThat(reader.readCsv(in(withBom(bom, CSV, StandardCharsets.UTF_8)), "q.csv").answers()).hasSize(1);
        assertThat(reader.readCsv(in(withBom(bom, CSV.replace(',', ';'), StandardCharsets.UTF_8)), "q.csv")
                .answers()).hasSize(1);
    }

    @Test
    void utf16AndUtf32_areRejectedWithAClearMessage() {
        byte[] utf16le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV, StandardCharsets.UTF_16LE);
        InputRejectedException e = rejection(() -> reader.readCsv(in(utf16le), "q.csv"));
        assertThat(e.reason()).isEqualTo(Reason.BAD_ENCODING);
        assertThat(e.getMessage()).contains("UTF-16").contains("CSV UTF-8");
        byte[] utf16be = CSV.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        assertThat(rejection(() -> reader.readCsv(in(utf16be), "q.csv")).getMessage()).contains("UTF-16");
        byte[] noBom = JSON.getBytes(StandardCharsets.UTF_16LE);
        e = rejection(() -> reader.readJson(in(noBom), "q.json"));
        assertThat(e.reason()).isEqualTo(Reason.BAD_ENCODING);
        assertThat(e.getMessage()).contains("RFC 8259");
        byte[] utf32 = withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, JSON, Charset.forName("UTF-32BE"));
        assertThat(rejection(() -> reader.readJson(in(utf32), "q.json")).getMessage()).contains("UTF-32");
    }

    @Test
    void invalidUtf8InJson_isLocated() {
        byte[] bytes = ("{\n  \"id\": \"caf" + "\u0000").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xE9; // Latin-1 'é'
        InputRejectedException e = rejection(() -> reader.readJson(in(bytes), "q.json"));
        assertThat(e.reason()).isEqualTo(Reason.BAD_ENCODING);
        assertThat(e.problems().get(0).location().line()).isEqualTo(2);
        assertThat(e.problems().get(0).location().column()).isEqualTo(13);
        assertThat(e.getMessage()).contains("0xE9");
    }

    @Test
    void overlongAndSurrogateUtf8Encodings_areRejected() {
        byte[] overlongSlash = {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'};
        assertThat(rejection(() -> reader.readJson(in(overlongSlash), "q.json")).reason())
                .isEqualTo(Reason.BAD_ENCODING);
        byte[] encodedSurrogate = {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'};
        assertThat(rejection(() -> reader.readJson(in(encodedSurrogate), "q.json")).reason())
                .isEqualTo(Reason.BAD_ENCODING);
    }

    @Test
    void otherDelimiters_areRejectedWithAHint() {
        InputRejectedException e = rejection(() -> reader.readCsv(in(CSV.replace(',', '\t')
                .getBytes(StandardCharsets.UTF_8)), "q.csv"));
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CSV);
        assertThat(e.problems().get(0).location().line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("commas or semicolons");
    }

    @Test
    void duplicateCsvColumn_isRejectedAtTheHeader() {
        InputRejectedException e = rejection(() -> reader.readCsv(in("key,value,comment,comment\n"
                .getBytes(StandardCharsets.UTF_8)), "q.csv"));
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CSV);
        assertThat(e.problems().get(0).location().line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("named twice");
    }

    @Test
    void unknownFields_canBeRelaxedToWarningsThatAreReturned() {
        String json = JSON.replace("\"vendor\": {\"name\": \"V\"}", "\"vendor\": {\"name\": \"V\", \"vat\": \"PL1\"}")
                .replace("\"value\": \"yes\"}", "\"value\": \"yes\", \"confidence\": 0.9}");
        QuestionnaireReader strict = reader;
        InputRejectedException e = rejection(() -> strict.readJson(in(json.getBytes(StandardCharsets.UTF_8)), "q.json"));
        assertThat(e.problems()).extracting(p -> p.location().pointer())
                .containsExactly("/vendor/vat", "/answers/0/confidence");
        assertThat(e.problems()).allMatch(p -> p.reason() == Reason.UNKNOWN_FIELD);

        QuestionnaireReader lenient = reader.withUnknownFields(UnknownFields.WARN);
        ReadResult result = lenient.readWithWarnings(in(json.getBytes(StandardCharsets.UTF_8)), "q.json",
                Format.JSON);
        assertThat(result.questionnaire().answers()).hasSize(1);
        assertThat(result.warnings()).extracting(p -> p.location().pointer())
                .containsExactly("/vendor/vat", "/answers/0/confidence");
        assertThat(result.warnings().get(0).message()).contains("'vat'");
        // The plain method still reads (and logs the warnings); real errors stay errors.
        Questionnaire q = lenient.readJson(in(json.getBytes(StandardCharsets.UTF_8)), "q.json");
        assertThat(q.id()).isEqualTo("T-1");
        assertThat(rejection(() -> lenient.readJson(in(json.replace("\"yes\"", "\"maybe\"")
                .getBytes(StandardCharsets.UTF_8)), "q.json")).reason()).isEqualTo(Reason.INVALID_VALUE);
    }

    @Test
    void typeHints_areJustUnknownFields_andNoDefaultTypingIsActive() {
        String json = JSON.replace("{\"question\"",
                "{\"@class\": \"java.lang.ProcessBuilder\", \"@type\": \"x\", \"question\"");
        InputRejectedException e = rejection(() -> reader.readJson(in(json.getBytes(StandardCharsets.UTF_8)), "q.json"));
        assertThat(e.problems()).extracting(p -> p.location().pointer())
                .containsExactly("/answers/0/@class", "/answers/0/@type");
        for (ObjectMapper mapper : new ObjectMapper[] {JsonMappers.UNTRUSTED, JsonMappers.TRUSTED}) {
            assertThat(mapper.getDeserializationConfig().getDefaultTyper(
                    mapper.constructType(Object.class))).isNull();
        }
    }

    @Test
    void namesFromTheInput_areCleanedInLocationsAndMessages() {
        String hostile = "a\\u202Eb\\u200Bc\\u0007d\\uDB40\\uDC41\\n"; // JSON escapes: Jackson decodes them
        String json = JSON.replace("\"id\": \"T-1\"", "\"id\": \"T-1\", \"" + hostile + "\": 1");
        InputRejectedException e = rejection(() -> reader.readJson(in(json.getBytes(StandardCharsets.UTF_8)),
                "evil\u202Egnp.json\r\nX-Injected: 1"));
        String shown = e.getMessage() + e.problems().get(0).location().pointer() + e.source();
        assertThat(shown).doesNotContain("\u202E", "\u200B", "\u0007", "\r", "\n", "\uDB40\uDC41");
        assertThat(e.problems().get(0).location().pointer()).isEqualTo("/abcd ");
    }

    @Test
    void callersStream_isLeftOpen() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        reader.readJson(in, "q.json");
        assertThat(closed).isFalse();
    }

    @Test
    void failingStream_isUnreadable() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("disk on fire");
            }
        };
        InputRejectedException e = rejection(() -> reader.readJson(broken, "q.json"));
        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(e.getMessage()).contains("disk on fire");
    }

    @Test
    void aFileThatIsNoQuestionnaire_neverHasItsContentEchoed() {
        String passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
        InputRejectedException e = rejection(() -> reader.readCsv(in(passwd.getBytes(StandardCharsets.UTF_8)),
                "accounts.csv"));
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CSV);
        assertThat(e.getMessage()).contains("column 1 of the header").doesNotContain("root").doesNotContain("bin");
        InputRejectedException twice = rejection(() -> reader.readCsv(in("key,value,secret-token,secret-token\n"
                .getBytes(StandardCharsets.UTF_8)), "q.csv"));
        assertThat(twice.getMessage()).contains("named twice").doesNotContain("secret-token");
        InputRejectedException json = rejection(() -> reader.readJson(in(passwd.getBytes(StandardCharsets.UTF_8)),
                "accounts.json"));
        assertThat(json.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(json.getMessage()).contains("Unrecognized text").doesNotContain("root");
    }

    @Test
    void formulasInHeaderFieldsAndComments_areData_thatTheCsvWriterQuotesAndTheReaderUnquotes() throws Exception {
        String csv = ReaderLimitsTest.CSV_HEADER.replace("vendor.name,V,,", "vendor.name,\"=HYPERLINK(\"\"http://x\"\")\",,")
                .replace("product.name,P,,", "product.name,+Care,,")
                + "ENC-REST,yes,@SUM(1+1),-evidence\nLOG-EVENTS,partial,'=already quoted by a spreadsheet user,\n";
        Questionnaire q = reader.readCsv(in(csv.getBytes(StandardCharsets.UTF_8)), "q.csv");
        assertThat(q.vendor().name()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(q.answer("LOG-EVENTS").orElseThrow().comment()).isEqualTo("=already quoted by a spreadsheet user");

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        QuestionnaireWriter.writeCsv(q, out);
        String written = out.toString(StandardCharsets.UTF_8);
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(written))) {
            parser.forEach(record -> record.forEach(cell -> assertThat(cell).as("no cell a spreadsheet would run")
                    .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")));
        }
        Questionnaire again = reader.readCsv(in(out.toByteArray()), "again.csv");
        assertThat(again).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*location.*").isEqualTo(q);
    }

    @Test
    void hiddenCharactersInHeaderFields_areRefusedWhereTheyStand_alsoInQuestionnairesBuiltInCode() {
        InputRejectedException json = rejection(() -> reader.readJson(in(JSON.replace("\"name\": \"V\"",
                "\"name\": \"V\\u001b[2J\"").getBytes(StandardCharsets.UTF_8)), "q.json"));
        assertThat(json.problems().get(0).reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(json.problems().get(0).location().pointer()).isEqualTo("/vendor/name");
        assertThat(json.getMessage()).contains("U+001B at character 2");

        Questionnaire read = reader.readJson(in(JSON.getBytes(StandardCharsets.UTF_8)), "q.json");
        Questionnaire built = new Questionnaire("T-1\u202e", read.profile(), read.submitted(),
                new org.cyberprocure.model.Vendor("V", "", "x\nDecision: ACCEPT"), read.product(), read.answers(),
                List.of(), List.of());
        InputRejectedException code = rejection(() -> QuestionnaireValidator.check(TestCatalog.create(), built));
        assertThat(code.problems()).extracting(p -> p.location().pointer())
                .containsExactly("/id", "/vendor/contact");
    }
}
