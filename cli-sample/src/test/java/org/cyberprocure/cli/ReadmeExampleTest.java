package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick-start code runs, and the README shows exactly this code. */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void quickStart_runs(@TempDir Path dir) throws Exception {
        Path vendorFile = Path.of("..", "docs", "examples", "medical-device.json");
        Path reportFile = dir.resolve("gap-report.pdf");
        // README-BEGIN
        ComplianceChecker checker = ComplianceChecker.load();   // loads the rule pack: seconds, so share it
        Questionnaire questionnaire = checker.reader().read(vendorFile);
        Assessment assessment = checker.evaluate(questionnaire,
                EvaluationContext.defaults().withContractEnd(java.time.LocalDate.of(2031, 12, 31)));
        System.out.println(assessment.decision() + " " + assessment.overallScore());
        try (OutputStream out = Files.newOutputStream(reportFile)) {
            new PdfReportRenderer().render(ReportModel.of(assessment, checker.catalog()), out);
        }
        // README-END
        assertThat(assessment.decision()).isEqualTo(Decision.ACCEPT_WITH_CONDITIONS);
        assertThat(Files.size(reportFile)).isPositive();
    }

    @Test
    void readme_showsTheQuickStartVerbatim() throws Exception {
        String source = Files.readString(Path.of("src", "test", "java", "org", "cyberprocure", "cli",
                "ReadmeExampleTest.java"));
        String snippet = source.substring(source.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
                source.indexOf("// README-END"));
        String dedented = Arrays.stream(snippet.strip().split("\n")).map(String::strip)
                .collect(Collectors.joining("\n"));
        String readme = Arrays.stream(Files.readString(README).split("\n")).map(String::strip)
                .collect(Collectors.joining("\n"));
        assertThat(readme).contains(dedented);
    }

    @Test
    void readme_hasExactlyTheTwoSetUpCommands_andCiRunsTheTestOne() throws Exception {
        String readme = Files.readString(README);
        assertThat(readme).contains(SAMPLE_COMMAND).contains(TEST_COMMAND);
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains(TEST_COMMAND);
    }

    static final String SAMPLE_COMMAND = "mvn -B -q package -DskipTests && java -jar cli-sample/target/cyberprocure.jar"
            + " evaluate docs/examples/cloud-vendor.json --out reports --force";
    static final String TEST_COMMAND = "mvn -B verify";
}
