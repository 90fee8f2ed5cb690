package org.cyberprocure.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.cli.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cyberprocure} command line: one class per command, shared options in mixins. Also the reference
 * example of the library's API for embedders.
 */
@Command(name = "cyberprocure", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {EvaluateCommand.class, CompareCommand.class, DiffCommand.class, CheckCommand.class,
                       TemplateCommand.class, ConvertCommand.class, CatalogCommand.class, LanguagesCommand.class,
                       ServeCommand.class,
                       CommandLine.HelpCommand.class},
        description = "Evaluates vendor security questionnaires for hospital procurement against EU requirements "
                + "(ENISA, CRA, NIS2, GDPR, MDR). Decision support, not legal advice.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was evaluated (a decision, even REJECT, is data, not an error)",
            "1:an internal error, or the output cannot be written (--verbose shows the stack trace)",
            "2:invalid input or usage: a questionnaire breaks the format, a bad option or policy, an existing "
                    + "report without --force",
            "3:at least one file could not be read (missing, unreadable, empty, not UTF-8)",
            "4:a decision reached the level given with --fail-on"})
public final class CyberProcureCli {
    static final int EXIT_OK = 0;
    static final int EXIT_INTERNAL_ERROR = 1;
    static final int EXIT_INVALID_INPUT = 2;
    static final int EXIT_UNREADABLE = 3;
    static final int EXIT_FAIL_ON = 4;

    private static ComplianceChecker checker;

    private CyberProcureCli() {
    }

    /** The checker, loaded on first use and shared: loading the rule pack takes seconds, evaluating does not. */
    static synchronized ComplianceChecker checker() {
        if (checker == null) {
            checker = ComplianceChecker.load(); // a ConfigurationException here is retried on the next call
        }
        return checker;
    }

    /** A command line configured like {@link #main}, for embedding and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CyberProcureCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, args) -> {
            // Two lines, not the whole usage: what is wrong, and where help is.
            CommandLine command = e.getCommandLine();
            PrintWriter err = TerminalWriter.of(command.getErr());
            err.println("error: " + e.getMessage());
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return EXIT_INVALID_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = commandLine.getParseResult().hasMatchedOption("--verbose");
            PrintWriter err = TerminalWriter.of(commandLine.getErr());
            if (e instanceof ConfigurationException) {
                // The integrator's or the user's to fix (a bad policy file): a usage error, not a bug.
                err.println("error: " + e.getMessage());
                printTrace(e, err, verbose);
                return EXIT_INVALID_INPUT;
            }
            err.println("error: " + e.getMessage());
            if (!printTrace(e, err, verbose)) {
                err.println("(run with --verbose for details)");
            }
            return EXIT_INTERNAL_ERROR;
        });
        return cli;
    }

    private static boolean printTrace(Exception e, PrintWriter err, boolean verbose) {
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return verbose;
    }

    public static void main(String[] args) {
        Optional<Integer> relaunched = FastStart.relaunch(args); // a tuned JVM for a short run (ADR 0010)
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        FastStart.exitWithParent(); // a relaunched worker ends with its launcher
        Logging.configure(Arrays.asList(args).contains("--verbose"));
        CommandLine cli = commandLine();
        // Reports, templates and catalogs are UTF-8 files; so is what goes to a pipe or a redirect.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }
}
