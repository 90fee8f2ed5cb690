package org.cyberprocure.cli;

/**
 * What the libraries underneath may log on standard error. Without {@code --verbose}, nothing from POI (the
 * workbook library logs a stack trace at ERROR for a malformed part it then reports as an exception, which the
 * command turns into one line for that file), and Drools' warnings about rule authoring only as errors; with it,
 * the warnings of both are shown for diagnosis.
 */
final class Logging {
    static final String POI_LEVEL = "org.slf4j.simpleLogger.log.org.apache.poi";
    static final String DROOLS_LEVEL = "org.slf4j.simpleLogger.log.org.drools";

    private Logging() {
    }

    /** Must run before the first logger is made (slf4j-simple reads its settings once). */
    static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty(POI_LEVEL, "warn");
            System.setProperty(DROOLS_LEVEL, "warn");
        }
    }
}
