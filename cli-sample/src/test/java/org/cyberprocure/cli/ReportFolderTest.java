package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Whole report sets in a folder that other runs write to as well, and what killed runs leave behind. */
class ReportFolderTest {
    @TempDir
    Path dir;

    /** The files of a folder a person sees (the lock file and other dot files left out). */
    static List<String> visible(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    static List<String> all(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path copy(String example, String folder, String name) throws IOException {
        Path target = Files.createDirectories(dir.resolve(folder)).resolve(name);
        return Files.copy(CliRun.EXAMPLES.resolve(example), target);
    }

    /** The questionnaire id a PDF report names (its subject) and the one its JSON sibling names. */
    private static List<String> ids(Path pdf, Path json) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            return List.of(doc.getDocumentInfo().getSubject(),
                    new ObjectMapper().readTree(json.toFile()).path("assessment").path("questionnaireId").asText());
        }
    }

    private static long deadPid() throws Exception {
        Process done = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).start();
        done.getInputStream().readAllBytes();
        done.waitFor();
        return done.pid();
    }

    @Test
    void twoRunsIntoOneFolder_neverMixTheirSets_andOnlyTheOneThatPublishedSaysWrote() throws Exception {
        Path a = copy("cloud-vendor.json", "a", "vendor.json");
        Path b = copy("medical-device.json", "b", "vendor.json");
        for (int round = 0; round < 1; round++) {
            Path out = dir.resolve("out" + round);
            CompletableFuture<CliRun> first = CompletableFuture.supplyAsync(() -> run("evaluate", a.toString(),
                    "--out", out.toString()));
            CompletableFuture<CliRun> second = CompletableFuture.supplyAsync(() -> run("evaluate", b.toString(),
                    "--out", out.toString()));
            List<CliRun> runs = List.of(first.get(), second.get());
            assertThat(runs).filteredOn(r -> r.exit == 0).hasSize(1)
                    .allSatisfy(r -> assertThat(r.out).contains("wrote"));
            assertThat(runs).filteredOn(r -> r.exit == CyberProcureCli.EXIT_INVALID_INPUT).hasSize(1)
                    .allSatisfy(r -> assertThat(r.out + r.err).contains("not overwritten").doesNotContain("wrote"));
            assertThat(visible(out)).containsExactly("vendor.assessment.json", "vendor.pdf");
            List<String> ids = ids(out.resolve("vendor.pdf"), out.resolve("vendor.assessment.json"));
            assertThat(ids.get(0)).as("one questionnaire's set").isEqualTo(ids.get(1)).isNotEmpty();
            assertThat(all(out)).containsExactly(ReportFolder.LOCK_NAME, "vendor.assessment.json", "vendor.pdf");
        }
    }

    @Test
    void aFolderLockedByAnotherProcess_isWaitedFor() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process holder = new ProcessBuilder(ProcessFixtures.java(ProcessFixtures.LockHolder.class,
                out.resolve(ReportFolder.LOCK_NAME).toString())).redirectErrorStream(true).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = said.readLine()) != null && !line.equals("locked")) {
            // JVM notices, if any
        }
        assertThat(line).isEqualTo("locked");
        StringWriter err = new StringWriter();
        CommandLine cli = CyberProcureCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> evaluate = CompletableFuture.supplyAsync(() -> cli.execute("evaluate",
                example("cloud-vendor.json"), "--out", out.toString(), "--format", "json"));
        for (int i = 0; i < 1200 && !err.toString().contains("waiting for another run"); i++) {
            Thread.sleep(50);
        }
        assertThat(err.toString()).contains("waiting for another run that is writing reports to");
        assertThat(visible(out)).as("nothing published while the other process holds the folder").isEmpty();
        holder.getOutputStream().close(); // the holder lets go and exits
        assertThat(evaluate.get()).isZero();
        assertThat(visible(out)).containsExactly("cloud-vendor.assessment.json");
    }

    @Test
    void whatAKilledRunLeft_isRemoved_andItsIncompleteSetIsWrittenAgain() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        long dead = deadPid();
        long alive = ProcessHandle.current().pid();
        // Killed while publishing: the JSON was in place, the PDF not yet; the marker still lists the set.
        Files.writeString(out.resolve("cloud-vendor.assessment.json"), "{\"from\": \"the killed run\"}");
        Files.write(out.resolve("." + dead + "-" + UUID.randomUUID() + ".set"),
                List.of("cloud-vendor.pdf", "cloud-vendor.assessment.json", "../outside.json"));
        Files.writeString(dir.resolve("outside.json"), "not a report of this folder");
        String deadTemp = ".cloud-vendor.pdf." + dead + "." + UUID.randomUUID() + ".tmp";
        String liveTemp = ".other.pdf." + alive + "." + UUID.randomUUID() + ".tmp";
        Files.writeString(out.resolve(deadTemp), "half a PDF");
        Files.writeString(out.resolve(liveTemp), "another run, still writing");

        CliRun rerun = run("evaluate", example("cloud-vendor.json"), "--out", out.toString());

        assertThat(rerun.exit).as(rerun.out + rerun.err).isZero();
        assertThat(rerun.err).contains("removed the incomplete report set cloud-vendor.assessment.json");
        assertThat(visible(out)).containsExactly("cloud-vendor.assessment.json", "cloud-vendor.pdf");
        assertThat(Files.readString(out.resolve("cloud-vendor.assessment.json"))).doesNotContain("killed run");
        assertThat(all(out)).as("temporary files of dead runs and markers go; a live run's temporary file stays")
                .containsExactlyInAnyOrder(liveTemp, ReportFolder.LOCK_NAME, "cloud-vendor.assessment.json",
                        "cloud-vendor.pdf");
        assertThat(dir.resolve("outside.json")).as("a marker names files of its folder only").exists();
    }

    @Test
    void aFullDisk_publishesNothingOfTheSet_andLeavesNoTemporaryFile() throws Exception {
        ReportFolder folder = ReportFolder.open(dir.resolve("out"), note -> { });
        Map<Path, AtomicFiles.Content> set = new LinkedHashMap<>();
        set.put(folder.resolve("v.assessment.json"), out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        set.put(folder.resolve("v.pdf"), out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> folder.publish(set, false)).hasMessageContaining("No space left");
        assertThat(all(dir.resolve("out"))).containsExactly(ReportFolder.LOCK_NAME);
    }

    @Test
    void aFileThatCannotBeWritten_failsThatFileOnly_theBatchAndItsSummaryGoOn() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        // A folder where the JSON report should go: the PDF is published first, then the JSON fails.
        Files.createDirectories(out.resolve("cloud-vendor.assessment.json")).resolve("keep").toFile().createNewFile();
        CliRun run = run("evaluate", example("cloud-vendor.json"), example("medical-device.json"), "--out",
                out.toString(), "--force");
        assertThat(run.exit).isEqualTo(CyberProcureCli.EXIT_INTERNAL_ERROR);
        assertThat(run.err).contains("cloud-vendor.json: evaluated, but its reports could not be written: ")
                .contains("; none of its reports was published");
        assertThat(run.out).contains("Summary: 1 evaluated", "1 reports not written");
        assertThat(visible(out)).as("no PDF without its JSON").containsExactly("batch-summary.csv",
                "batch-summary.json", "cloud-vendor.assessment.json", "medical-device.assessment.json",
                "medical-device.pdf");
    }

    @Test
    void anUnusableOutputFolder_isRefusedUpFront_inWords() throws Exception {
        Path file = Files.writeString(dir.resolve("reports"), "a file");
        CliRun onFile = run("evaluate", example("cloud-vendor.json"), "--out", file.toString());
        assertThat(onFile.exit).isEqualTo(CyberProcureCli.EXIT_INTERNAL_ERROR);
        assertThat(onFile.err).contains("error: the output folder (--out) cannot be used: " + file
                + " is a file, not a folder");
        assertThat(onFile.out).doesNotContain("Summary");
        CliRun under = run("evaluate", example("cloud-vendor.json"), "--out", file.resolve("sub").toString());
        assertThat(under.exit).isEqualTo(CyberProcureCli.EXIT_INTERNAL_ERROR);
        assertThat(under.err).contains("cannot create the folder " + file.resolve("sub") + ": not a directory");
    }

    @Test
    void linksInAFolder_areNotFollowed_andNoErrorEchoesAFilesContent() throws Exception {
        Path secret = Files.writeString(dir.resolve("accounts"), "root:x:0:0:root:/root:/bin/bash\n");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CliRun.EXAMPLES.resolve("cloud-vendor.json"), in.resolve("cloud-vendor.json"));
        Files.createSymbolicLink(in.resolve("linked.csv"), secret);
        CliRun run = run("evaluate", in.toString(), "--out", dir.resolve("out").toString(), "--format", "json");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("linked.csv: skipped: a symbolic link, not followed");
        assertThat(visible(dir.resolve("out"))).containsExactly("batch-summary.csv", "batch-summary.json",
                "cloud-vendor.assessment.json");

        Path named = Files.copy(secret, dir.resolve("accounts.csv"));
        CliRun direct = run("evaluate", named.toString(), "--out", dir.resolve("out").toString());
        assertThat(direct.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertThat(direct.out + direct.err).contains("column 1 of the header").doesNotContain("root")
                .doesNotContain("/bin/bash");
    }

    @Test
    void reportNames_haveNoControlOrReservedCharacters() {
        List<String> names = new ArrayList<>();
        for (String base : List.of("a\u001b[2Jb", "x\ny", "..", ".hidden", "", "c:\\d/e|f?*<>\"", "\u202egpj",
                "ok name é")) {
            names.add(ReportFolder.safeName(base));
        }
        assertThat(names).containsExactly("a_[2Jb", "x_y", "_.", "_hidden", "report", "c__d_e_f_____", "_gpj",
                "ok name é");
        assertThat(ReportFolder.safeName("v".repeat(500))).hasSize(120);
    }
}
