package org.cyberprocure.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cyberprocure.cli.FileOutcome.Kind;
import org.cyberprocure.model.Decision;

/** The end of a batch: every input with its decision or its error, and the exit code they add up to. */
final class BatchSummary {
    private static final int MAX_NAME_WIDTH = 60;

    private BatchSummary() {
    }

    static void print(PrintWriter out, List<FileOutcome> outcomes) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        outcomes.forEach(o -> counts.merge(o.kind(), 1, Integer::sum));
        out.printf("Summary: %d evaluated, %d invalid, %d not read, %d skipped%s%s%n",
                counts.getOrDefault(Kind.EVALUATED, 0), counts.getOrDefault(Kind.INVALID, 0),
                counts.getOrDefault(Kind.UNREADABLE, 0), counts.getOrDefault(Kind.SKIPPED, 0),
                counts.containsKey(Kind.NOT_WRITTEN) ? ", " + counts.get(Kind.NOT_WRITTEN) + " reports not written" : "",
                counts.containsKey(Kind.FAILED) ? ", " + counts.get(Kind.FAILED) + " internal errors" : "");
        int width = Math.min(MAX_NAME_WIDTH,
                outcomes.stream().mapToInt(o -> o.file().toString().length()).max().orElse(0));
        for (FileOutcome o : outcomes) {
            out.printf("  %-" + Math.max(1, width) + "s  %s%n", o.file(), o.describe());
        }
        out.flush();
    }

    /**
     * 1 if anything failed internally or reports could not be written, else 3 if a file could not be read, else 2 if an input was invalid, else
     * 4 if a decision reached {@code --fail-on}, else 0.
     */
    static int exitCode(List<FileOutcome> outcomes, Predicate<Decision> failOn) {
        if (any(outcomes, Kind.FAILED) || any(outcomes, Kind.NOT_WRITTEN)) {
            return CyberProcureCli.EXIT_INTERNAL_ERROR;
        }
        if (any(outcomes, Kind.UNREADABLE)) {
            return CyberProcureCli.EXIT_UNREADABLE;
        }
        if (any(outcomes, Kind.INVALID)) {
            return CyberProcureCli.EXIT_INVALID_INPUT;
        }
        boolean failed = outcomes.stream().filter(o -> o.kind() == Kind.EVALUATED)
                .anyMatch(o -> failOn.test(o.assessment().decision()));
        return failed ? CyberProcureCli.EXIT_FAIL_ON : CyberProcureCli.EXIT_OK;
    }

    private static boolean any(List<FileOutcome> outcomes, Kind kind) {
        return outcomes.stream().anyMatch(o -> o.kind() == kind);
    }
}
