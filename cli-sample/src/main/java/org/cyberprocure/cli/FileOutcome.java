package org.cyberprocure.cli;

import java.nio.file.Path;
import java.util.List;
import org.cyberprocure.model.Assessment;

/**
 * What happened to one input of a batch.
 *
 * @param file       the input as named on the command line or found in a folder
 * @param kind       what happened
 * @param assessment the assessment when evaluated, else {@code null}
 * @param message    the error or note, one line, saying what kind of error it is; empty when evaluated
 * @param details    further lines (e.g. the files written, more problems); possibly empty
 */
record FileOutcome(Path file, Kind kind, Assessment assessment, String message, List<String> details) {

    /** What happened, in the order the summary and the exit code weigh it. */
    enum Kind {
        EVALUATED, SKIPPED, INVALID, UNREADABLE, NOT_WRITTEN, FAILED
    }

    FileOutcome {
        details = List.copyOf(details);
    }

    static FileOutcome evaluated(Path file, Assessment assessment, List<String> details) {
        return new FileOutcome(file, Kind.EVALUATED, assessment, "", details);
    }

    static FileOutcome problem(Path file, Kind kind, String message, List<String> details) {
        return new FileOutcome(file, kind, null, message, details);
    }

    /** One line: the decision and score, or what went wrong. */
    String describe() {
        return switch (kind) {
            case EVALUATED -> assessment.decision() + ", score "
                    + (assessment.overallScore() == null ? "n/a" : assessment.overallScore() + " %");
            case SKIPPED -> "skipped: " + message;
            case INVALID -> message;
            case UNREADABLE -> "not read: " + message;
            case NOT_WRITTEN -> "evaluated, but its reports could not be written: " + message;
            case FAILED -> "internal error: " + message;
        };
    }
}
