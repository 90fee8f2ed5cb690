package org.cyberprocure.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cyberprocure.internal.SafeText;

/**
 * The output folder of {@code evaluate}, shared with any other run that writes there (ADR 0014). The report files
 * of one questionnaire are published as one set: every file is written to a temporary file first (a full disk
 * fails here, before anything is published), then, holding the folder's lock ({@value #LOCK_NAME}, a file lock
 * other processes honour, plus a lock for threads of this JVM), all are given their names together, without
 * replacing another run's files unless {@code --force}. While a set is being published a marker file lists it;
 * a run killed in between leaves the marker, and the next run removes that incomplete set (and temporary files of
 * dead runs) so that the set is written again whole.
 */
final class ReportFolder {
    static final String LOCK_NAME = ".cyberprocure.lock";
    /** {@code .<pid>-<uuid>.set}: lists a set being published. */
    private static final Pattern MARKER = Pattern.compile("\\.([0-9]+)-[0-9a-f-]{36}\\.set");
    private static final Map<Path, ReentrantLock> THIS_JVM = new ConcurrentHashMap<>();
    /** Keeps a report name well inside the 255 bytes a file name may have, with a suffix and a qualifier. */
    private static final int NAME_LIMIT = 120;

    /** The folder as the user named it (for the names printed), and its real path (for the lock). */
    private final Path given;
    private final Path folder;
    private final Consumer<String> notes;

    private ReportFolder(Path given, Path folder, Consumer<String> notes) {
        this.given = given;
        this.folder = folder;
        this.notes = notes;
    }

    /** The output folder cannot be used; the message says why in words. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /**
     * Creates the folder if needed, checks that it can be written, and removes what killed runs left there.
     *
     * @param notes receives one line for each incomplete set removed
     * @throws Unusable when the folder cannot be created or written, with the cause in words
     */
    static ReportFolder open(Path out, Consumer<String> notes) throws Unusable {
        Path folder;
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new Unusable(out + " is a file, not a folder");
            }
            Files.createDirectories(out);
            folder = out.toRealPath();
        } catch (IOException e) {
            throw new Unusable("cannot create the folder " + out + ": " + cause(e));
        }
        ReportFolder reports = new ReportFolder(out, folder, notes);
        try {
            reports.locked(reports::removeLeftovers); // also proves the folder can be written: the lock file
        } catch (IOException e) {
            throw new Unusable("cannot write in the folder " + out + ": " + cause(e));
        }
        return reports;
    }

    /** An I/O error in words: "permission denied", "no space left on device", ... */
    static String cause(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a file is in the way of a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A report name that is safe as a file name: control, invisible and characters no file system accepts
     * ({@code < > : " / \ | ? *}) become {@code _}, a leading dot too (a hidden file), and it is shortened.
     */
    static String safeName(String base) {
        StringBuilder name = new StringBuilder();
        base.codePoints().forEach(c -> {
            String ch = Character.toString(c);
            name.append(SafeText.firstHidden(ch) >= 0 || "<>:\"/\\|?*".indexOf(c) >= 0 ? "_" : ch);
        });
        String safe = name.toString().strip();
        if (safe.isEmpty()) {
            safe = "report";
        }
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        return safe.length() > NAME_LIMIT ? safe.substring(0, safe.offsetByCodePoints(0,
                safe.codePointCount(0, NAME_LIMIT))) : safe;
    }

    /** A file in the folder, named as the user named the folder. */
    Path resolve(String fileName) {
        return given.resolve(fileName);
    }

    /**
     * Publishes one set of files: all of them, or none (then no temporary file is left either).
     *
     * @param files the targets in this folder with their content
     * @param force whether existing files are replaced
     * @throws FileAlreadyExistsException when a target exists and {@code force} is false; nothing is published
     * @throws IOException                when a file cannot be written; nothing is published
     */
    void publish(Map<Path, AtomicFiles.Content> files, boolean force) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, AtomicFiles.Content> file : files.entrySet()) {
                temps.put(file.getKey(), AtomicFiles.writeTemp(file.getKey(), file.getValue()));
            }
            locked(() -> publishLocked(temps, force));
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private void publishLocked(Map<Path, Path> temps, boolean force) throws IOException {
        if (!force) {
            for (Path target : temps.keySet()) {
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
            }
        }
        Path marker = folder.resolve("." + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".set");
        Files.write(marker, temps.keySet().stream().map(t -> t.getFileName().toString()).toList(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        List<Path> published = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> file : temps.entrySet()) {
                AtomicFiles.publish(file.getValue(), file.getKey(), force);
                published.add(file.getKey());
            }
        } catch (IOException | RuntimeException e) {
            for (Path target : published) {
                Files.deleteIfExists(target); // never half a set
            }
            throw e;
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    /** Holding the lock: incomplete sets of killed runs and temporary files of dead processes are removed. */
    private void removeLeftovers() throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Matcher marker = MARKER.matcher(name);
            if (marker.matches() && AtomicFiles.parsePid(marker.group(1)).stream().noneMatch(AtomicFiles::alive)) {
                // A marker exists only while its run holds the lock, which is ours now: that run was killed.
                List<String> set = Files.readAllLines(entry, StandardCharsets.UTF_8);
                List<String> removed = new ArrayList<>();
                for (String target : set) {
                    if (ReportFormat.isReportFileName(target) && Files.deleteIfExists(folder.resolve(target))) {
                        removed.add(target);
                    }
                }
                Files.delete(entry);
                if (!removed.isEmpty()) {
                    notes.accept("removed the incomplete report set " + String.join(", ", removed) + " in "
                            + given + " (an earlier run stopped while writing it); it is written again when its"
                            + " questionnaire is evaluated");
                }
                continue;
            }
            OptionalLong writer = AtomicFiles.writerOfTemp(name);
            if (writer.isPresent() && !AtomicFiles.alive(writer.getAsLong())) {
                Files.deleteIfExists(entry);
            }
        }
    }

    /** Work done under the folder's lock. */
    @FunctionalInterface
    private interface LockedWork {
        void run() throws IOException;
    }

    private void locked(LockedWork work) throws IOException {
        ReentrantLock inThisJvm = THIS_JVM.computeIfAbsent(folder, f -> new ReentrantLock());
        inThisJvm.lock();
        try (FileChannel channel = FileChannel.open(folder.resolve(LOCK_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                notes.accept("waiting for another run that is writing reports to " + given);
                lock = channel.lock();
            }
            try {
                work.run();
            } finally {
                lock.release();
            }
        } finally {
            inThisJvm.unlock();
        }
    }
}
