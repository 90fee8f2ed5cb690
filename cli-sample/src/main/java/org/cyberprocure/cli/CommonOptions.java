package org.cyberprocure.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;
}
