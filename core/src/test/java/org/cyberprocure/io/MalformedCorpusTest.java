package org.cyberprocure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.TestCatalog;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the committed malformed-input corpus ({@code src/test/resources/corpus}, made by
 * {@code src/test/corpus/generate.py}) is rejected with the reason code and location its manifest names, and
 * with nothing but an {@link InputRejectedException} whose messages are safe to show.
 */
class MalformedCorpusTest {
    private static final QuestionnaireReader READER = new QuestionnaireReader(TestCatalog.create());

    static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(MalformedCorpusTest.class.getResource("/corpus/manifest.tsv")).toURI())
                .getParent();
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        List<String> lines = Files.readAllLines(corpus().resolve("manifest.tsv"), StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
            String[] cells = l.split("\t", -1);
            return Arguments.of(cells[0], cells[1], cells[2], cells[3]);
        });
    }

    @Test
    void corpus_hasAtLeastOneHundredFiles_allInTheManifest() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(100);
        try (Stream<Path> files = Files.walk(corpus())) {
            long onDisk = files.filter(Files::isRegularFile).filter(p -> !p.endsWith("manifest.tsv")).count();
            assertThat(onDisk).isEqualTo(cases().count());
        }
    }

    @ParameterizedTest(name = "{0}: {1} at {2} ({3})")
    @MethodSource("cases")
    void malformedInput_isRejectedWithReasonAndLocation(String file, String reason, String location, String what)
            throws Exception {
        Path path = corpus().resolve(file);
        try {
            READER.read(path);
            fail(file + " was accepted");
        } catch (InputRejectedException e) {
            Problem first = e.problems().get(0);
            assertThat(first.reason().name()).as(e.getMessage()).isEqualTo(reason);
            assertThat(describe(first.location(), location)).as(e.getMessage()).isEqualTo(location);
            assertThat(e.source()).isEqualTo(path.getFileName().toString());
            for (Problem problem : e.problems()) {
                assertSafe(problem.message(), SafeText.MESSAGE_LIMIT);
                assertSafe(problem.location().pointer(), SafeText.NAME_LIMIT);
                assertThat(problem.message()).isNotBlank();
            }
        }
    }

    /** The location as the manifest writes it; the column only when the manifest gives one. */
    private static String describe(SourceLocation location, String expected) {
        if (!location.pointer().isEmpty()) {
            return location.pointer();
        }
        if (location.line() > 0) {
            return "line " + location.line() + (expected.contains(":") ? ":" + location.column() : "");
        }
        return "-";
    }

    static void assertSafe(String text, int limit) {
        assertThat(text.length()).isLessThanOrEqualTo(limit);
        text.codePoints().forEach(c -> assertThat(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE).as("U+%04X in %s", c, text).isFalse());
    }
}
