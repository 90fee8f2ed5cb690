package org.cyberprocure.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.cyberprocure.ConfigurationException;

/**
 * Who made a report, when, and from what: the generation time (the real time, unlike the assessment's as-of
 * date), the tool and its version, and the SHA-256 of every input file. Written into every output (JSON, CSV, PDF),
 * so a report filed with a tender can be tied to the exact files it judged (docs/adr/0017).
 *
 * <p>Byte-identical reports stay possible: {@link #now} takes the time from the {@code SOURCE_DATE_EPOCH}
 * environment variable (seconds since 1970, the reproducible-builds convention) when it is set, and
 * {@link #at} takes it from the caller.
 *
 * @param generatedAt when the report was made (UTC, whole seconds)
 * @param tool        the tool's name
 * @param toolVersion the tool's release version
 * @param inputs      the input files with their digests, in the order they were read; empty when the assessment
 *                    was built in code
 */
public record AuditRecord(Instant generatedAt, String tool, String toolVersion, List<InputFile> inputs) {

    /** The environment variable that fixes the generation time (seconds since the epoch). */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
    private static final String TOOL = "CyberProcure";
    private static final String VERSION = readVersion();

    /**
     * One input file.
     *
     * @param role   what it was: questionnaire, vendor form, SBOM, policy, waivers, assessment
     * @param name   its file name as given
     * @param sha256 the SHA-256 of its bytes, lower-case hex
     */
    public record InputFile(String role, String name, String sha256) {
        /**
         * Checks that every component is given.
         *
         * @param role   what it was: questionnaire, vendor form, SBOM, policy, waivers, assessment
         * @param name   its file name as given
         * @param sha256 the SHA-256 of its bytes, lower-case hex
         * @throws NullPointerException when a component is {@code null}
         */
        public InputFile {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
        }

        /**
         * Reads the file and digests it.
         *
         * @param role what the file was to the run, e.g. {@code questionnaire}
         * @param file the file to digest
         * @return the file's name (not its path) and SHA-256 digest
         */
        public static InputFile of(String role, Path file) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), newSha256())) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return new InputFile(role, String.valueOf(file.getFileName()),
                        HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot digest " + file, e);
            }
        }
    }

    /**
     * Truncates the time to whole seconds (as written in reports) and copies the inputs.
     *
     * @param generatedAt when the report was made (UTC, whole seconds)
     * @param tool        the tool's name
     * @param toolVersion the tool's release version
     * @param inputs      the input files with their digests, in the order they were read; empty when the assessment
     *                    was built in code
     * @throws NullPointerException when a component is {@code null}
     */
    public AuditRecord {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(toolVersion, "toolVersion");
        generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
        inputs = List.copyOf(inputs);
    }

    /**
     * Made now (or at {@code SOURCE_DATE_EPOCH} when the environment sets it) from these inputs.
     *
     * @param inputs the input files of the run
     * @return the audit record
     */
    public static AuditRecord now(List<InputFile> inputs) {
        return at(generationTime(System.getenv(), Clock.systemUTC()), inputs);
    }

    /**
     * Made at the given time from these inputs: for reproducible output.
     *
     * @param generatedAt the generation time, truncated to seconds
     * @param inputs the input files of the run
     * @return the audit record
     */
    public static AuditRecord at(Instant generatedAt, List<InputFile> inputs) {
        return new AuditRecord(generatedAt, TOOL, VERSION, inputs);
    }

    /**
     * {@return this record with other inputs}
     *
     * @param files the input files of the run
     */
    public AuditRecord withInputs(List<InputFile> files) {
        return new AuditRecord(generatedAt, tool, toolVersion, files);
    }

    /**
     * {@code SOURCE_DATE_EPOCH} from the environment when set, else the clock.
     *
     * @throws ConfigurationException when the variable is set but is not a whole number of seconds
     */
    static Instant generationTime(Map<String, String> environment, Clock clock) {
        String epoch = environment.get(SOURCE_DATE_EPOCH);
        if (epoch == null || epoch.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new ConfigurationException(SOURCE_DATE_EPOCH + " must be seconds since 1970-01-01 (UTC), not '"
                    + org.cyberprocure.internal.SafeText.clean(epoch, 40) + "'", e);
        }
    }

    /** {@return the library's release version, as built} */
    public static String libraryVersion() {
        return VERSION;
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = AuditRecord.class.getResourceAsStream("/org/cyberprocure/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
