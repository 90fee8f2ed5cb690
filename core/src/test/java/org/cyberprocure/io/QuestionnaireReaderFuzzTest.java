package org.cyberprocure.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.TestCatalog;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Questionnaire;

/**
 * Fuzz tests of both readers. Properties: any input either reads or is rejected with an
 * {@link InputRejectedException} whose problems are safe to show; nothing else is thrown. What is read survives a
 * write-and-read round trip in both formats.
 *
 * <p>A normal test run replays the inputs under {@code src/test/resources/org/cyberprocure/io/
 * QuestionnaireReaderFuzzTestInputs/<method>}; {@code mvn -Pfuzz test -pl core -Dtest=QuestionnaireReaderFuzzTest#json}
 * fuzzes (see {@code docs/security.md}).
 */
class QuestionnaireReaderFuzzTest {
    /** Small limits, so the fuzzer reaches them with small inputs. */
    private static final QuestionnaireReader READER = new QuestionnaireReader(TestCatalog.create())
            .withLimits(ReaderLimits.defaults().withMaxFileBytes(64 * 1024).withMaxStringLength(2_000)
                    .withMaxAnswers(20).withMaxCsvFieldLength(2_000).withMaxCsvRecords(40).withMaxJsonDepth(8));
    private static final QuestionnaireReader LENIENT = READER.withUnknownFields(QuestionnaireReader.UnknownFields.WARN);

    @FuzzTest
    void json(byte[] input) {
        read(input, QuestionnaireReader.Format.JSON, READER);
        read(input, QuestionnaireReader.Format.JSON, LENIENT);
    }

    @FuzzTest
    void csv(byte[] input) {
        read(input, QuestionnaireReader.Format.CSV, READER);
    }

    private static void read(byte[] input, QuestionnaireReader.Format format, QuestionnaireReader reader) {
        ReadResult result;
        try {
            result = reader.readWithWarnings(new ByteArrayInputStream(input), "fuzz", format);
        } catch (InputRejectedException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem problem : e.problems()) {
                MalformedCorpusTest.assertSafe(problem.message(), SafeText.MESSAGE_LIMIT);
                MalformedCorpusTest.assertSafe(problem.location().pointer(), SafeText.NAME_LIMIT);
            }
            return;
        }
        result.warnings().forEach(w -> MalformedCorpusTest.assertSafe(w.message(), SafeText.MESSAGE_LIMIT));
        Questionnaire read = result.questionnaire();
        assertThat(roundTrip(read, true)).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*location.*")
                .isEqualTo(read);
        assertThat(roundTrip(read, false)).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*location.*")
                .isEqualTo(read);
    }

    private static Questionnaire roundTrip(Questionnaire q, boolean json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (json) {
            QuestionnaireWriter.writeJson(q, out);
            return READER.readJson(new ByteArrayInputStream(out.toByteArray()), "again.json");
        }
        QuestionnaireWriter.writeCsv(q, out);
        return READER.readCsv(new ByteArrayInputStream(out.toByteArray()), "again.csv");
    }
}
