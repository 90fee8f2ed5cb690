package org.cyberprocure.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that an interrupted run never leaves a half-written file under the final name, and a file
 * another run published in the meantime is never replaced without {@code --force}.
 */
final class AtomicFiles {
    /** {@code .<name>.<pid>.<uuid>.tmp}: the process id tells a later run whether the writer is still alive. */
    private static final Pattern TEMP = Pattern.compile("\\..+\\.([0-9]+)\\.[0-9a-f-]{36}\\.tmp");

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
        Path temp = writeTemp(target, content);
        try {
            publish(temp, target, force);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes content to a new temporary file beside the target; on failure nothing is left behind. */
    static Path writeTemp(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                + UUID.randomUUID() + ".tmp");
        boolean written = false;
        try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
            content.writeTo(stream);
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
        return temp;
    }

    /**
     * Gives the temporary file the target's name. Without {@code replace} this is a hard link, which the file
     * system refuses atomically when the target exists (a plain rename would replace it); where links are not
     * supported, a move that refuses an existing target.
     *
     * @throws FileAlreadyExistsException when the target exists and {@code replace} is false
     */
    static void publish(Path temp, Path target, boolean replace) throws IOException {
        if (replace) {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.move(temp, target); // refuses an existing target, if less strictly than a link
            return;
        }
        Files.delete(temp);
    }

    /** The process that wrote a temporary file of this class, if the name is one. */
    static OptionalLong writerOfTemp(String fileName) {
        Matcher m = TEMP.matcher(fileName);
        return m.matches() ? parsePid(m.group(1)) : OptionalLong.empty();
    }

    static OptionalLong parsePid(String digits) {
        try {
            return OptionalLong.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** True while the process runs (a pid of this very process counts as running). */
    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
