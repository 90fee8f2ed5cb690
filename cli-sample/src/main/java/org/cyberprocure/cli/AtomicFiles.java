package org.cyberprocure.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes files so that an interrupted run never leaves a half-written file under the final name. */
final class AtomicFiles {
    /** Writes content to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes to a temporary file next to the target and moves it into place.
     *
     * @throws FileAlreadyExistsException when the target exists and {@code force} is false
     */
    static void write(Path target, boolean force, Content content) throws IOException {
        if (!force && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(stream);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
