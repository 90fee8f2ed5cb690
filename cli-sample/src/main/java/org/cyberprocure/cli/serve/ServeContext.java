package org.cyberprocure.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.Policy;

/**
 * What every request of {@code serve} shares: the ONE {@link ComplianceChecker} (immutable and thread-safe, loaded
 * once), the defaults a request may override (language, the hospital's policy), the limits, the access control
 * and a private temporary work folder. Uploads go into a folder of their own per request
 * ({@link #requestFolder()}), deleted with everything in it when the request ends ({@link #delete}); the work
 * folder itself is deleted when the server stops ({@link #close}).
 */
public final class ServeContext implements AutoCloseable {

    /**
     * The limits of a server.
     *
     * @param maxRequestBytes the largest request body (all uploads of a request together)
     * @param maxFiles        the most uploaded files in one request
     * @param maxJobs         requests evaluating at the same time (CPU-bound work; more wait)
     * @param maxWaiting      requests waiting for a job slot; more are refused with 503
     * @param maxThreads      the HTTP server's worker threads
     */
    public record Limits(long maxRequestBytes, int maxFiles, int maxJobs, int maxWaiting, int maxThreads) {
        public Limits {
            if (maxRequestBytes < 1 || maxFiles < 1 || maxJobs < 1 || maxWaiting < 0 || maxThreads < 4) {
                throw new IllegalArgumentException("limits out of range: " + maxRequestBytes + " bytes, " + maxFiles
                        + " files, " + maxJobs + " jobs, " + maxWaiting + " waiting, " + maxThreads + " threads");
            }
        }

        /** 20 MB per request, 20 files, one job per core, 32 waiting, 32 threads. */
        public static Limits defaults() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Limits(20L * 1024 * 1024, 20, Math.max(1, cores), 32, 32);
        }
    }

    private final ComplianceChecker checker;
    private final Locale language;
    private final Policy policy;
    private final String policyName;
    private final Limits limits;
    private final AccessControl access;
    private final JobGate jobs;
    private final Path workFolder;
    private volatile Path lotsFolder;
    private volatile Path examplesFolder;

    /**
     * @param checker    the one checker every request uses
     * @param language   the default language of reports and pages (a request may ask for another)
     * @param policy     the default policy of evaluations (a request may upload its own)
     * @param policyName how the default policy is named to users, e.g. its file name, or "built-in"
     * @param limits     request and concurrency limits
     * @param access     the access token and sessions
     * @param tempRoot   where the private work folder is made ({@code null}: the system's temporary folder)
     */
    public ServeContext(ComplianceChecker checker, Locale language, Policy policy, String policyName, Limits limits,
                        AccessControl access, Path tempRoot) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.language = Objects.requireNonNull(language, "language");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.policyName = Objects.requireNonNull(policyName, "policyName");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.access = Objects.requireNonNull(access, "access");
        this.jobs = new JobGate(limits.maxJobs(), limits.maxWaiting());
        this.workFolder = privateFolder(tempRoot);
    }

    public ComplianceChecker checker() {
        return checker;
    }

    public Locale language() {
        return language;
    }

    public Policy policy() {
        return policy;
    }

    public String policyName() {
        return policyName;
    }

    public Limits limits() {
        return limits;
    }

    public AccessControl access() {
        return access;
    }

    /** The gate that CPU-bound work (evaluations, PDFs, comparisons) passes: see {@link JobGate#run}. */
    public JobGate jobs() {
        return jobs;
    }

    /**
     * The workbench's folders, set before the server starts: where saved lots live ({@code serve --lots}) and a
     * folder of examples to open as demo lots ({@code serve --examples}); {@code null} for either when not given.
     */
    public ServeContext withWorkbenchFolders(Path lots, Path examples) {
        this.lotsFolder = lots;
        this.examplesFolder = examples;
        return this;
    }

    /** Where the workbench saves lots, or {@code null}: lots are deleted with the work folder. */
    public Path lotsFolder() {
        return lotsFolder;
    }

    /** A folder like {@code docs/examples} whose lots the workbench opens at start, or {@code null}. */
    public Path examplesFolder() {
        return examplesFolder;
    }

    /** The private work folder (owner-only on POSIX file systems). */
    public Path workFolder() {
        return workFolder;
    }

    /** A new private folder for one request's uploads; {@link #delete} it when the request ends. */
    public Path requestFolder() {
        try {
            return Files.createDirectory(workFolder.resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a request folder in " + workFolder, e);
        }
    }

    /** Deletes a folder and everything in it; links are deleted, never followed. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    /** Deletes the work folder. */
    @Override
    public void close() {
        delete(workFolder);
    }

    private static Path privateFolder(Path tempRoot) {
        try {
            boolean posix = (tempRoot == null ? Path.of(System.getProperty("java.io.tmpdir")) : tempRoot)
                    .getFileSystem().supportedFileAttributeViews().contains("posix");
            var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
            if (tempRoot == null) {
                return posix ? Files.createTempDirectory("cyberprocure-serve-", ownerOnly)
                        : Files.createTempDirectory("cyberprocure-serve-");
            }
            return posix ? Files.createTempDirectory(tempRoot, "cyberprocure-serve-", ownerOnly)
                    : Files.createTempDirectory(tempRoot, "cyberprocure-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the server's private work folder", e);
        }
    }
}
