package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CAIQ v4 answer sheets on the command line: found by content, header values from options. */
class CaiqCliTest {

    @Test
    void evaluate_readsACaiqWorkbook_withTheCountryFromAnOption(@TempDir Path dir) throws Exception {
        CliRun run = run("evaluate", example("eu-health-cloud-caiq.xlsx"), "--vendor-country", "DE",
                "--out", dir.toString(), "--format", "json");

        assertThat(run.exit).as(run.out + run.err).isZero();
        String json = Files.readString(dir.resolve("eu-health-cloud-caiq.assessment.json"));
        assertThat(json).contains("Stellamed Cloud SE").contains("CAIQ-YES-UNOWNED").contains("EHP-STD-DISCLOSURE")
                .doesNotContain("CAIQ-NA-OWNED");
    }

    @Test
    void check_detectsTheCaiqCsvExport_byItsHeaderRow() {
        CliRun run = run("check", example("eu-health-cloud-caiq.csv"));

        assertThat(run.out + run.err).contains("Self-check of").contains("CAIQ-Stellamed-Health-Platform-2026-09-30")
                .contains("CAIQ-YES-UNOWNED");
    }

    @Test
    void questionnaireCsv_isStillReadAsAQuestionnaire(@TempDir Path dir) {
        CliRun run = run("evaluate", example("medical-device.csv"), "--out", dir.toString(), "--format", "json");

        assertThat(run.exit).as(run.out + run.err).isZero();
    }

    @Test
    void caiqWithAnInvalidCountryOption_isRejectedAsInvalidInput(@TempDir Path dir) {
        CliRun run = run("evaluate", example("eu-health-cloud-caiq.csv"), "--vendor-country", "Germany",
                "--out", dir.toString(), "--format", "json");

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out + run.err).contains("ISO 3166-1");
    }

    @Test
    void damagedWorkbook_isRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 9, 9});

        CliRun run = run("evaluate", file.toString(), "--out", dir.toString(), "--format", "json");

        // not a CAIQ (no header row can be read), so it goes to the MDS2 reader, which cannot open it either
        assertThat(run.exit).as(run.out + run.err).isEqualTo(3);
        assertThat(run.out + run.err).contains("other.xlsx").contains("not read: the workbook");
    }

    @Test
    void forcedQuestionnaireFormat_readsTheCaiqAsAQuestionnaire_andFails(@TempDir Path dir) {
        CliRun run = run("evaluate", example("eu-health-cloud-caiq.csv"), "--input-format", "questionnaire",
                "--out", dir.toString(), "--format", "json");

        assertThat(run.exit).isEqualTo(2);
    }

    @Test
    void forcedCaiqFormat_readsTheSheet(@TempDir Path dir) {
        CliRun run = run("evaluate", example("eu-health-cloud-caiq.csv"), "--input-format", "caiq",
                "--out", dir.toString(), "--format", "json");

        assertThat(run.exit).as(run.out + run.err).isZero();
        assertThat(dir.resolve("eu-health-cloud-caiq.assessment.json")).exists();
    }
}
