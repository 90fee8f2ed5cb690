package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The evaluate command, run in-process on the bundled examples. */
class EvaluateCommandTest {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CyberProcureCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void evaluate_writesPdfAndJsonForEachSample(@TempDir Path dir) throws Exception {
        int exit = run("evaluate", EXAMPLES.resolve("cloud-vendor.json").toString(),
                EXAMPLES.resolve("medical-device.json").toString(), "--out", dir.toString());
        assertThat(exit).isZero();
        Path pdf = dir.resolve("cloud-vendor.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(Files.readString(dir.resolve("medical-device.assessment.json"))).contains("\"decision\"");
        assertThat(out.toString()).contains("cloud-vendor.json: ACCEPT_WITH_CONDITIONS");
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void existingReports_areNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
        String sample = EXAMPLES.resolve("cloud-vendor.json").toString();
        assertThat(run("evaluate", sample, "--out", dir.toString(), "--format", "json")).isZero();
        assertThat(run("evaluate", sample, "--out", dir.toString(), "--format", "json")).isEqualTo(2);
        assertThat(err.toString()).contains("--force");
        assertThat(run("evaluate", sample, "--out", dir.toString(), "--format", "json", "--force")).isZero();
    }

    @Test
    void invalidInput_printsLocatedMessageWithoutStackTrace_andExits2(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(EXAMPLES.resolve("cloud-vendor.json"))
                .replace("\"REMOTE-MFA\", \"value\": \"yes\"", "\"REMOTE-MFA\", \"value\": \"perhaps\""));
        int exit = run("evaluate", bad.toString(), "--out", dir.resolve("out").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("bad.json at /answers/").contains("perhaps")
                .doesNotContain("\tat org.");
        assertThat(dir.resolve("out").resolve("bad.pdf")).doesNotExist();
    }

    @Test
    void usageErrors_exit2() {
        assertThat(run("evaluate")).isEqualTo(2);
        assertThat(run("evaluate", "x.json", "--as-of", "yesterday")).isEqualTo(2);
    }

    @Test
    void version_namesToolAndRulePack() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("cyberprocure").contains("rule pack cyberprocure-eu-health");
    }

    @Test
    void unwritableOutput_isAnInternalErrorWithoutStackTrace_unlessVerbose(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        String sample = EXAMPLES.resolve("cloud-vendor.json").toString();
        assertThat(run("evaluate", sample, "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: ").doesNotContain("\tat ");
        assertThat(run("evaluate", sample, "--out", file.toString(), "--verbose")).isEqualTo(1);
        assertThat(err.toString()).contains("\tat ");
    }
}
