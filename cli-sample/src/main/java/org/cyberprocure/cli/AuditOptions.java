package org.cyberprocure.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.report.AuditRecord;
import picocli.CommandLine.Option;

/** The audit record's generation time, and the input files whose digests it lists. */
final class AuditOptions {

    @Option(names = "--generated-at", paramLabel = "INSTANT",
            description = "The generation time to record (ISO 8601 UTC, e.g. 2026-12-01T09:00:00Z) instead of now, "
                    + "for byte-identical reports; the SOURCE_DATE_EPOCH environment variable (seconds since 1970) "
                    + "does the same.")
    Instant generatedAt;

    /** The audit record of a run: the time given, else SOURCE_DATE_EPOCH, else now. */
    AuditRecord record(List<AuditRecord.InputFile> inputs) {
        return generatedAt != null ? AuditRecord.at(generatedAt, inputs) : AuditRecord.now(inputs);
    }

    /** The digests of the hospital's files of a run (policy, waivers), which every report lists. */
    static List<AuditRecord.InputFile> hospitalFiles(EvaluationOptions evaluation) {
        List<AuditRecord.InputFile> files = new ArrayList<>();
        if (evaluation.policyFile != null) {
            files.add(AuditRecord.InputFile.of("policy", evaluation.policyFile));
        }
        if (evaluation.waiversFile != null) {
            files.add(AuditRecord.InputFile.of("waivers", evaluation.waiversFile));
        }
        return files;
    }

    /** One file's digest. */
    static AuditRecord.InputFile digest(String role, Path file) {
        return AuditRecord.InputFile.of(role, file);
    }
}
