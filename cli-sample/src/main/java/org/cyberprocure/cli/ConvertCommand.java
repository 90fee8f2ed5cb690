package org.cyberprocure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.io.QuestionnaireWriter;
import org.cyberprocure.model.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert}: a questionnaire (or a vendor form) read, validated and written as JSON or CSV. */
@Command(name = "convert", sortOptions = false,
        description = {"Convert a questionnaire between JSON and CSV (MDS2 and CAIQ forms too, as mapped onto the "
                + "question bank). The file is validated first; the output reads back to the same questionnaire."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:internal error",
                        "2:invalid questionnaire (every problem is listed), usage, or FILE exists without --force",
                        "3:the file could not be read"})
final class ConvertCommand implements Callable<Integer> {
    enum Format { CSV, JSON }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The questionnaire (.json or .csv) or an MDS2 or CAIQ v4 form.")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json or csv.")
    private Format to;

    @Mixin
    private InputOptions input;

    @Mixin
    private FileOutputOptions output;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() throws IOException {
        Questionnaire questionnaire;
        try {
            questionnaire = input.read(CyberProcureCli.checker(), file);
        } catch (InputRejectedException e) {
            PrintWriter err = TerminalWriter.err(spec);
            err.println("not converted: " + file + " has " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem:" : " problems:"));
            e.problems().forEach(p -> err.println("  " + p.describe() + "  [" + p.reason() + "]"));
            err.flush();
            return e.reason() == InputRejectedException.Reason.UNREADABLE
                    ? CyberProcureCli.EXIT_UNREADABLE : CyberProcureCli.EXIT_INVALID_INPUT;
        }
        return output.write(spec, out -> {
            if (to == Format.JSON) {
                QuestionnaireWriter.writeJson(questionnaire, out);
                out.write('\n');
            } else {
                QuestionnaireWriter.writeCsv(questionnaire, out);
            }
        });
    }
}
