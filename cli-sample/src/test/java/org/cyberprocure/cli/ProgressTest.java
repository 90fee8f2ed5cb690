package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void bar_fillsInProportionToTheFilesDone() {
        assertThat(Progress.Bar.bar(0, 4, "a.json")).startsWith("[" + "-".repeat(Progress.Bar.WIDTH) + "] 0/4");
        assertThat(Progress.Bar.bar(2, 4, "a.json")).contains("#".repeat(Progress.Bar.WIDTH / 2) + "-");
        assertThat(Progress.Bar.bar(4, 4, "a.json")).startsWith("[" + "#".repeat(Progress.Bar.WIDTH) + "] 4/4  a.json");
    }

    @Test
    void onATerminal_theBarIsRedrawnInPlace_andErrorsInterruptIt() {
        Progress bar = Progress.choose(true, new PrintWriter(out), new PrintWriter(err));
        bar.starting(1, 2, "bad.json");
        bar.done(1, 2, FileOutcome.problem(Path.of("bad.json"), FileOutcome.Kind.INVALID, "invalid input: x",
                List.of()));
        bar.finish();
        assertThat(err.toString()).contains("\r[").contains("\nbad.json: invalid input: x\n".substring(1));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void elsewhere_oneLinePerFile_withoutCarriageReturns() {
        Progress lines = Progress.choose(false, new PrintWriter(out), new PrintWriter(err));
        lines.starting(1, 2, "a.json");
        lines.done(1, 2, FileOutcome.problem(Path.of("a.json"), FileOutcome.Kind.SKIPPED, "a report", List.of()));
        lines.finish();
        assertThat(out.toString()).isEqualTo("[1/2] a.json: skipped: a report" + System.lineSeparator());
        assertThat(out.toString() + err).doesNotContain("\r");
    }
}
