package org.cyberprocure.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The questionnaires named on the command line, with every folder replaced by the questionnaires in it. */
final class Inputs {
    private Inputs() {
    }

    /**
     * One outcome-to-be per input: a file to evaluate is returned with kind {@code null}; folders that hold
     * nothing to evaluate, cannot be listed, and report files found in folders are returned as outcomes, so
     * that the summary names them.
     */
    static List<Entry> expand(List<Path> arguments) {
        List<Entry> entries = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                entries.add(new Entry(argument, null));
                continue;
            }
            try (Stream<Path> listing = Files.list(argument)) {
                // Links are not followed: a link in a vendor's folder could point at any file of the machine.
                List<Path> found = listing.filter(Inputs::isQuestionnaireName)
                        .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                        .sorted().toList();
                for (Path file : found) {
                    entries.add(new Entry(file, Files.isSymbolicLink(file)
                            ? FileOutcome.problem(file, FileOutcome.Kind.SKIPPED, "a symbolic link, not followed in "
                                    + "a folder (name the file itself to evaluate it)", List.of())
                            : ReportFormat.isReportName(file.getFileName().toString())
                            ? FileOutcome.problem(file, FileOutcome.Kind.SKIPPED, "a report written by this tool",
                                    List.of())
                            : null));
                }
                if (found.stream().allMatch(f -> Files.isSymbolicLink(f)
                        || ReportFormat.isReportName(f.getFileName().toString()))) {
                    entries.add(new Entry(argument, FileOutcome.problem(argument, FileOutcome.Kind.INVALID,
                            "invalid input: the folder holds no questionnaire (.json or .csv) or form (.xlsx)", List.of())));
                }
            } catch (IOException e) {
                entries.add(new Entry(argument, FileOutcome.problem(argument, FileOutcome.Kind.UNREADABLE,
                        "cannot list the folder: " + ReportFolder.cause(e), List.of())));
            }
        }
        return entries;
    }

    private static boolean isQuestionnaireName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && InputOptions.isInputName(name);
    }

    /**
     * An input.
     *
     * @param file    the file or folder
     * @param outcome set when there is nothing to evaluate; {@code null} for a file to evaluate
     */
    record Entry(Path file, FileOutcome outcome) {
    }
}
