package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on the example lot, on vendor forms, on bad and mixed inputs; docs/cli.md shows its real output. */
class CompareCommandTest {
    private static final Path DOC = Path.of("..", "docs", "cli.md");
    private static final String LOT = CliRun.example("lot-pacs");
    private static final String DOC_COMMAND = "$ java -jar cyberprocure.jar compare docs/examples/lot-pacs --out comparison"
            + " --contract-end 2031-12-31";

    @Test
    void exampleLot_writesEveryOutput_andPrintsTheRankingTheDocsShow(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("comparison");
        CliRun run = CliRun.run("compare", LOT, "--out", out.toString(), "--contract-end", "2031-12-31");
        assertThat(run.exit).as(run.err).isZero();
        for (String name : List.of(CompareCommand.PDF, CompareCommand.JSON, CompareCommand.RANKING_CSV,
                CompareCommand.MATRIX_CSV)) {
            assertThat(out.resolve(name)).isNotEmptyFile();
        }
        assertThat(Files.readAllBytes(out.resolve(CompareCommand.PDF))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(run.out).contains("1  Kuvapilvi Oy").contains("the first place depends on the weighting")
                .contains("seed 2026");

        String printed = run.out.replace(out.toString(), "comparison").replace('\\', '/').strip();
        String doc = Files.readString(DOC);
        int command = doc.indexOf(DOC_COMMAND);
        assertThat(command).as("docs/cli.md shows: " + DOC_COMMAND).isPositive();
        String shown = doc.substring(doc.indexOf('\n', command) + 1, doc.indexOf("$ echo $?", command)).strip();
        assertThat(shown).isEqualTo(printed);
    }

    @Test
    void sameSeed_sameResult_andTheSeedAndDrawsAreOptions(@TempDir Path dir) throws Exception {
        CliRun first = CliRun.run("compare", LOT, "--out", dir.resolve("a").toString(), "--seed", "7", "--draws",
                "200", "--weight-range", "10");
        CliRun again = CliRun.run("compare", LOT, "--out", dir.resolve("b").toString(), "--seed", "7", "--draws",
                "200", "--weight-range", "10");
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).contains("(±10 %, 200 draws, seed 7)");
        assertThat(again.out.replace(dir.resolve("b").toString(), "X"))
                .isEqualTo(first.out.replace(dir.resolve("a").toString(), "X"));
        assertThat(Files.readAllBytes(dir.resolve("b").resolve(CompareCommand.JSON)))
                .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(CompareCommand.JSON)));
    }

    @Test
    void vendorForms_areComparedLikeQuestionnaires(@TempDir Path dir) {
        CliRun run = CliRun.run("compare", CliRun.example("infusion-pump-mds2.xlsx"),
                CliRun.example("patient-monitor-mds2.xlsx"), CliRun.example("device-strong.json"),
                "--out", dir.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("Ranking of 3 offers (medical-device")
                .contains("1  Hjerterytme Medical ApS").contains("Kestrel Medical Devices GmbH")
                .contains("Aurora Bedside Systems Oy").contains("INCOMPLETE");
    }

    @Test
    void mixedProfiles_areRefused_andNothingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("compare", LOT, CliRun.example("medical-device.json"), "--out", out.toString());
        assertThat(run.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(run.err).contains("the offers cannot be compared, nothing written")
                .contains("medical-device.json: profile medical-device").contains("compare each profile separately");
        assertThat(out).doesNotExist();
    }

    @Test
    void invalidAndUnreadableInputs_areListed_theOthersCompared(@TempDir Path dir) throws Exception {
        Path lot = dir.resolve("lot");
        Files.createDirectories(lot);
        for (String name : List.of("kuvapilvi.json", "radiomed.json")) {
            Files.copy(Path.of(LOT, name), lot.resolve(name));
        }
        Files.writeString(lot.resolve("typo.json"), Files.readString(Path.of(LOT, "radiomed.json"))
                .replace("\"value\": \"PROVIDER_MANAGED\"", "\"value\": \"provider\""));
        Files.write(lot.resolve("empty.csv"), new byte[0]);
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("compare", lot.toString(), "--out", out.toString(), "--draws", "100");
        assertThat(run.exit).isEqualTo(CyberProcureCli.EXIT_UNREADABLE);
        assertThat(run.out).contains("Inputs: 4 given, 2 evaluated, 1 invalid, 1 not read")
                .contains("typo.json  invalid input: ").contains("'provider' is not a valid answer to CLD-KEY-CONTROL")
                .contains("empty.csv  not read: ").contains("Ranking of 2 offers");
        String ranking = Files.readString(out.resolve(CompareCommand.RANKING_CSV));
        assertThat(ranking).contains("typo.json,INVALID,").contains("empty.csv,NOT_READ,");

        // A second run over the same folder as output does not read the comparison files as offers.
        CliRun again = CliRun.run("compare", lot.toString(), out.toString(), "--out", out.toString(), "--force",
                "--draws", "10");
        assertThat(again.out).contains("comparison.json  skipped: a report written by this tool")
                .contains("Ranking of 2 offers");
    }

    @Test
    void existingOutputs_needForce_andBadOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertThat(CliRun.run("compare", LOT, "--out", out.toString(), "--draws", "10").exit).isZero();
        CliRun again = CliRun.run("compare", LOT, "--out", out.toString());
        assertThat(again.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(again.err).contains("comparison.pdf exists (use --force)");

        CliRun range = CliRun.run("compare", LOT, "--out", out.toString(), "--force", "--weight-range", "150");
        assertThat(range.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(range.err).contains("--weight-range must be above 0 and below 100");
        CliRun sbom = CliRun.run("compare", LOT, "--out", out.toString(), "--force", "--fail-on", "reject");
        assertThat(sbom.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(sbom.err).contains("--sbom and --fail-on are options of evaluate and check");
    }
}
