package org.cyberprocure.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Assessment;

/**
 * What happened to one input of a batch.
 *
 * @param file       the input as named on the command line or found in a folder
 * @param kind       what happened
 * @param assessment the assessment when evaluated, else {@code null}
 * @param message    the error or note, one line, saying what kind of error it is; empty when evaluated. English:
 *                   the batch summary files keep it for machines
 * @param shown      the same in the reader's language (the {@code --lang} of the run)
 * @param details    further lines (e.g. the files written, more problems), in the reader's language; possibly empty
 */
record FileOutcome(Path file, Kind kind, Assessment assessment, String message, String shown, List<String> details) {

    /** What happened, in the order the summary and the exit code weigh it. */
    enum Kind {
        EVALUATED, SKIPPED, INVALID, UNREADABLE, NOT_WRITTEN, FAILED
    }

    FileOutcome {
        details = List.copyOf(details);
    }

    static FileOutcome evaluated(Path file, Assessment assessment, List<String> details) {
        return new FileOutcome(file, Kind.EVALUATED, assessment, "", "", details);
    }

    /** A problem whose message is the same in every language (or not yet translated). */
    static FileOutcome problem(Path file, Kind kind, String message, List<String> details) {
        return new FileOutcome(file, kind, null, message, message, details);
    }

    /** A problem with its message in English (for the summary files) and in the reader's language. */
    static FileOutcome problem(Path file, Kind kind, String message, String shown, List<String> details) {
        return new FileOutcome(file, kind, null, message, shown, details);
    }

    /** One line: the decision and score, or what went wrong (English). */
    String describe() {
        return describe(Translations.labelsOnly().texts(Locale.ENGLISH));
    }

    /** One line in the language of {@code texts}: the decision and score, or what went wrong. */
    String describe(Texts texts) {
        return switch (kind) {
            case EVALUATED -> texts.text("cli.outcome.evaluated", new CheckText(texts).decision(assessment.decision()),
                    assessment.overallScore() == null ? texts.text("cli.outcome.noScore")
                            : texts.number(assessment.overallScore()) + " %");
            case SKIPPED -> texts.text("cli.outcome.skipped", shown);
            case INVALID -> shown;
            case UNREADABLE -> texts.text("cli.outcome.unreadable", shown);
            case NOT_WRITTEN -> texts.text("cli.outcome.notWritten", shown);
            case FAILED -> texts.text("cli.outcome.failed", shown);
        };
    }
}
