package org.cyberprocure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.cyberprocure.cli.FileOutcome.Kind;

/**
 * Handles one input of a batch so that a JVM {@link Error} (out of memory, stack overflow) becomes that file's
 * outcome instead of ending the run: the memory the file took is garbage once its work unwinds, so the batch
 * goes on with the next file and still prints its summary. A stack trace only with {@code --verbose}.
 */
final class FileGuard {
    private FileGuard() {
    }

    /** The work on one file. */
    @FunctionalInterface
    interface Work {
        FileOutcome run() throws IOException;
    }

    static FileOutcome run(Path file, boolean verbose, PrintWriter err, Work work) throws IOException {
        try {
            return work.run();
        } catch (OutOfMemoryError | StackOverflowError e) {
            return failed(file, verbose, err, e, (e instanceof OutOfMemoryError ? "out of memory" : "stack overflow")
                    + " while handling this file; the other files were handled (give Java more memory with -Xmx,"
                    + " or report the file)");
        } catch (Error e) { // e.g. a class missing from a trimmed class path: still this file's outcome
            return failed(file, verbose, err, e, e.getClass().getSimpleName() + " while handling this file");
        }
    }

    private static FileOutcome failed(Path file, boolean verbose, PrintWriter err, Throwable e, String message) {
        if (verbose) {
            e.printStackTrace(err);
            err.flush();
        }
        return FileOutcome.problem(file, Kind.FAILED, message,
                verbose ? List.of() : List.of("run with --verbose for details"));
    }
}
