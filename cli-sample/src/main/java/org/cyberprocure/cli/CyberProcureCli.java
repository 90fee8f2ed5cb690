package org.cyberprocure.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cyberprocure} command line. Exit codes: 0 success, 1 internal error, 2 invalid input or usage. */
@Command(name = "cyberprocure", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {EvaluateCommand.class, CommandLine.HelpCommand.class},
        description = "Evaluates vendor security questionnaires for hospital procurement against EU requirements "
                + "(ENISA, CRA, NIS2, GDPR, MDR). Decision support, not legal advice.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was evaluated and its reports written",
                        "1:an internal error (please report it)",
                        "2:invalid input or usage (the message says where and what)"})
public final class CyberProcureCli {
    static final int EXIT_INTERNAL_ERROR = 1;
    static final int EXIT_INVALID_INPUT = 2;

    private CyberProcureCli() {
    }

    /** A command line configured like {@link #main}, for embedding and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CyberProcureCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Input problems are handled per file by the commands; anything else is ours or the integrator's.
            commandLine.getErr().println("error: " + e.getMessage());
            if (commandLine.getParseResult().hasMatchedOption("--verbose")) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(run with --verbose for details)");
            }
            return EXIT_INTERNAL_ERROR;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
