package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.cli.FileOutcome.Kind;
import org.junit.jupiter.api.Test;

/** An Error while handling one file of a batch is that file's outcome; the batch goes on and is summarised. */
class FileGuardTest {

    private static int depth(int n) {
        return depth(n + 1) + 1; // a real StackOverflowError
    }

    @Test
    void errorsInOneFile_areItsOutcome_andTheBatchGoesOnToItsSummary() throws IOException {
        StringWriter err = new StringWriter();
        List<Path> files = List.of(Path.of("a.json"), Path.of("deep.json"), Path.of("huge.xlsx"), Path.of("b.json"));
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            outcomes.add(FileGuard.run(file, false, new PrintWriter(err), () -> switch (file.toString()) {
                case "deep.json" -> FileOutcome.problem(file, Kind.INVALID, "unreachable " + depth(0), List.of());
                case "huge.xlsx" -> throw new OutOfMemoryError("Java heap space");
                default -> FileOutcome.problem(file, Kind.SKIPPED, "handled", List.of());
            }));
        }
        assertThat(outcomes).extracting(FileOutcome::kind)
                .containsExactly(Kind.SKIPPED, Kind.FAILED, Kind.FAILED, Kind.SKIPPED);
        assertThat(outcomes.get(1).message()).startsWith("stack overflow while handling this file");
        assertThat(outcomes.get(2).message()).startsWith("out of memory while handling this file");
        assertThat(outcomes.get(2).details()).containsExactly("run with --verbose for details");
        assertThat(err.toString()).isEmpty(); // no stack trace without --verbose

        StringWriter out = new StringWriter();
        BatchSummary.print(new PrintWriter(out), outcomes);
        assertThat(out.toString()).contains("Summary: 0 evaluated, 0 invalid, 0 not read, 2 skipped, 2 internal errors")
                .contains("huge.xlsx  internal error: out of memory").contains("b.json");
        assertThat(BatchSummary.exitCode(outcomes, d -> false)).isEqualTo(CyberProcureCli.EXIT_INTERNAL_ERROR);
    }

    @Test
    void verbose_printsTheStackTrace() throws IOException {
        StringWriter err = new StringWriter();
        FileOutcome outcome = FileGuard.run(Path.of("x.json"), true, new PrintWriter(err), () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
        assertThat(outcome.details()).isEmpty();
        assertThat(err.toString()).contains("java.lang.OutOfMemoryError: Java heap space").contains("FileGuardTest");
    }
}
