package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.junit.jupiter.api.Test;

/**
 * What a reader sees is written text: no dangling colons, no ".;", no "1 hours". Checked on every rationale and
 * decision reason of the bundled examples and of varied questionnaires.
 */
class RationaleTextTest {
    /** Sloppy joins that string building leaves behind. */
    private static final List<Pattern> SLOPPY = List.of(
            Pattern.compile(":\\s*[.;,]"),          // "answers: ." — a list that came out empty
            Pattern.compile(":\\s*$"),              // a colon with nothing after it
            Pattern.compile("\\.\\s*[;,]"),         // ".;" or ".," — a sentence glued into a list
            Pattern.compile("(?<![.\\d])\\.\\.(?!\\.)"), // ".." but not "..."
            Pattern.compile("\\b1 (hours|days|months|years)\\b"),
            Pattern.compile("\\s[.,;:](\\s|$)"));   // space before punctuation

    @Test
    void examplesAndVariedQuestionnaires_readAsWrittenText() throws IOException {
        List<Assessment> assessments = new ArrayList<>();
        try (Stream<Path> files = Files.list(ExamplesTest.EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".csv"))
                    .sorted().toList()) {
                try {
                    assessments.add(RuleTesting.CHECKER.evaluate(RuleTesting.CHECKER.reader().read(file)));
                } catch (InputRejectedException notAQuestionnaire) {
                    // vendor forms (MDS2, CAIQ exports) are read by their own readers
                }
            }
        }
        for (int i = 0; i < 400; i++) {
            try {
                assessments.add(RuleTesting.evaluate(VariedQuestionnaires.create(RuleTesting.CHECKER.catalog(),
                        VariedQuestionnaires.seeded(20261202L + i))));
            } catch (InputRejectedException invalid) {
                // some varied values are invalid on purpose
            }
        }
        List<String> sloppy = new ArrayList<>();
        for (Assessment a : assessments) {
            Stream.concat(a.findings().stream().map(Finding::rationale), a.decisionReasons().stream())
                    .filter(text -> SLOPPY.stream().anyMatch(p -> p.matcher(text).find()))
                    .map(text -> a.questionnaireId() + ": " + text)
                    .distinct().forEach(sloppy::add);
        }
        assertThat(assessments.size()).as("assessments checked").isGreaterThan(20);
        assertThat(sloppy).as("rationales with sloppy punctuation or grammar").isEmpty();
    }
}
