package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
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
        CompletableFuture.runAsync(PdfReportRenderer::warmUp);  // optional: iText starts while the rules load
        ComplianceChecker checker = ComplianceChecker.load();   // loads the rule pack: seconds, so share it
        Questionnaire questionnaire = checker.reader().read(vendorFile);
        Assessment assessment = checker.evaluate(questionnaire,
                EvaluationContext.defaults().withContractEnd(LocalDate.of(2031, 12, 31)));
        System.out.println(assessment.decision() + " " + assessment.overallScore());
        try (OutputStream out = Files.newOutputStream(reportFile)) {
            new PdfReportRenderer().render(ReportModel.of(assessment, checker.catalog()), out);
        }
        // README-END
        assertThat(assessment.decision()).isEqualTo(Decision.ACCEPT_WITH_CONDITIONS);
        assertThat(Files.size(reportFile)).isPositive();
    }

    @Test
    void questionnaireBuiltInCode_isEvaluated() {
        ComplianceChecker checker = ComplianceChecker.load();
        // README-BUILDER-BEGIN
        Questionnaire built = Questionnaire.builder("TENDER-2026-17", Profile.CLOUD_MIGRATION)
                .submitted(LocalDate.of(2026, 10, 15))
                .vendor("Acme Health Cloud GmbH", "DE", "security@acme.example")
                .product("Acme Records", "5.2", ProductKind.CLOUD_SERVICE)
                .answer("CLD-DATA-LOCATION", "EEA_ONLY", "Frankfurt and Amsterdam", "DPA annex 3")
                .answer("ENC-REST", "yes", "AES-256", "Encryption concept v2")
                .build();
        Assessment result = checker.evaluate(built);   // validated like a file: InputRejectedException if wrong
        // README-BUILDER-END
        assertThat(result.answers()).hasSize(2);
        assertThat(result.decision()).isNotNull();
    }

    @Test
    void readme_showsTheSnippetsVerbatim_withTheirImports() throws Exception {
        String source = Files.readString(Path.of("src", "test", "java", "org", "cyberprocure", "cli",
                "ReadmeExampleTest.java"));
        String readme = Arrays.stream(Files.readString(README).split("\n")).map(String::strip)
                .collect(Collectors.joining("\n"));
        StringBuilder snippets = new StringBuilder();
        for (String marker : List.of("README", "README-BUILDER")) {
            String snippet = source.substring(source.indexOf("// " + marker + "-BEGIN") + marker.length() + 9,
                    source.indexOf("// " + marker + "-END"));
            String dedented = Arrays.stream(snippet.strip().split("\n")).map(String::strip)
                    .collect(Collectors.joining("\n"));
            assertThat(readme).contains(dedented);
            snippets.append(snippet);
        }
        // Every import the snippets need is shown, and every import shown is one this file compiles with.
        Matcher imports = Pattern.compile("(?m)^import ([\\w.]+\\.(\\w+));$").matcher(source);
        while (imports.find()) {
            if (Pattern.compile("\\b" + imports.group(2) + "\\b").matcher(snippets).find()) {
                assertThat(readme).contains("import " + imports.group(1) + ";");
            }
        }
        Matcher shown = Pattern.compile("(?m)^import [\\w.]+;$").matcher(readme);
        while (shown.find()) {
            assertThat(source).contains(shown.group());
        }
    }

    @Test
    void readme_givesTheMavenCoordinates_ofTheBomAndTheRulePack() throws Exception {
        String readme = Files.readString(README);
        String version = Files.readString(Path.of("..", "bom", "pom.xml"))
                .replaceFirst("(?s).*?<artifactId>cyberprocure-bom</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertThat(readme).contains("<artifactId>cyberprocure-bom</artifactId>", "<version>" + version + "</version>",
                "<artifactId>cyberprocure-rules</artifactId>", "PdfReportRenderer::warmUp");
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
