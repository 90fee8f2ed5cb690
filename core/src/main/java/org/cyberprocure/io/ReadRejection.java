package org.cyberprocure.io;

import java.io.IOException;
import java.util.Optional;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;

/**
 * A rejection found while bytes are still being read (a limit crossed, a byte that is not UTF-8). It travels as
 * an {@link IOException} through the parsers (Jackson, commons-csv), which pass I/O errors on or wrap them, and is
 * unwrapped into an {@link InputRejectedException} at the reader's boundary.
 */
final class ReadRejection extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ReadRejection(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    InputRejectedException toException() {
        return new InputRejectedException(problem);
    }

    /** The rejection somewhere in a cause chain, if any. */
    static Optional<ReadRejection> in(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) { // bounded: causes may cycle
            if (t instanceof ReadRejection rejection) {
                return Optional.of(rejection);
            }
        }
        return Optional.empty();
    }
}
