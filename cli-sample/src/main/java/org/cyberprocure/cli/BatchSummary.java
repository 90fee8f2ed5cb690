package org.cyberprocure.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.cli.FileOutcome.Kind;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.AuditRecord;

/** The end of a batch: every input with its decision or its error, and the exit code they add up to. */
final class BatchSummary {
    private static final int MAX_NAME_WIDTH = 60;
    static final String CSV_NAME = "batch-summary.csv";
    static final String JSON_NAME = "batch-summary.json";
    /** The summary files' columns, in order. */
    static final List<String> COLUMNS = List.of("file", "sha256", "outcome", "questionnaire id", "vendor", "product",
            "profile", "decision", "score", "failed knock-outs", "open knock-outs", "gaps", "accepted risks",
            "message");

    /** One input of the batch, as the summary files list it. */
    @JsonPropertyOrder({"file", "sha256", "outcome", "questionnaireId", "vendor", "product", "profile", "decision",
            "score", "failedKnockOuts", "openKnockOuts", "gaps", "acceptedRisks", "message"})
    record Row(String file, String sha256, String outcome, String questionnaireId, String vendor, String product,
               String profile, Decision decision, Double score, List<String> failedKnockOuts,
               List<String> openKnockOuts, int gaps, List<String> acceptedRisks, String message) {

        static Row of(FileOutcome o) {
            String sha = Files.isRegularFile(o.file()) ? AuditRecord.InputFile.of("input", o.file()).sha256() : "";
            Assessment a = o.assessment();
            if (a == null) {
                return new Row(o.file().toString(), sha, o.kind().name(), "", "", "", "", null, null, List.of(),
                        List.of(), 0, List.of(), o.describe());
            }
            return new Row(o.file().toString(), sha, o.kind().name(), a.questionnaireId(), a.vendor().name(),
                    a.product().name(), a.profile().id(), a.decision(), a.overallScore(),
                    ids(a, Finding::knockOutHit), ids(a, Finding::knockOutOpen),
                    (int) a.findings().stream().filter(f -> f.status().isGap()).count(),
                    ids(a, f -> f.status() == Status.RISK_ACCEPTED), "");
        }

        private static List<String> ids(Assessment a, Predicate<Finding> which) {
            return a.findings().stream().filter(which).map(Finding::requirementId).toList();
        }

        List<String> cells() {
            return List.of(file, sha256, outcome, questionnaireId, vendor, product, profile,
                    decision == null ? "" : decision.name(), score == null ? "" : score.toString(),
                    String.join(" ", failedKnockOuts), String.join(" ", openKnockOuts), String.valueOf(gaps),
                    String.join(" ", acceptedRisks), message);
        }
    }

    @JsonPropertyOrder({"format", "audit", "files"})
    record Document(String format, AuditRecord audit, List<Row> files) {
    }

    private BatchSummary() {
    }

    static void print(PrintWriter out, List<FileOutcome> outcomes) {
        print(out, outcomes, Translations.labelsOnly().texts(Locale.ENGLISH));
    }

    /** The summary lines in the language of {@code texts}. */
    static void print(PrintWriter out, List<FileOutcome> outcomes, Texts texts) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        outcomes.forEach(o -> counts.merge(o.kind(), 1, Integer::sum));
        out.println(texts.text("cli.summary",
                counts.getOrDefault(Kind.EVALUATED, 0), counts.getOrDefault(Kind.INVALID, 0),
                counts.getOrDefault(Kind.UNREADABLE, 0), counts.getOrDefault(Kind.SKIPPED, 0),
                counts.containsKey(Kind.NOT_WRITTEN)
                        ? texts.text("cli.summary.notWritten", counts.get(Kind.NOT_WRITTEN)) : "",
                counts.containsKey(Kind.FAILED) ? texts.text("cli.summary.failed", counts.get(Kind.FAILED)) : ""));
        int width = Math.min(MAX_NAME_WIDTH,
                outcomes.stream().mapToInt(o -> o.file().toString().length()).max().orElse(0));
        for (FileOutcome o : outcomes) {
            out.printf("  %-" + Math.max(1, width) + "s  %s%n", o.file(), o.describe(texts));
        }
        out.flush();
    }

    static boolean isSummaryName(String fileName) {
        return fileName.equals(CSV_NAME) || fileName.equals(JSON_NAME);
    }

    static String files(Path folder) {
        return CSV_NAME + " and " + JSON_NAME;
    }

    static boolean filesExist(Path folder) {
        return Files.exists(folder.resolve(CSV_NAME)) || Files.exists(folder.resolve(JSON_NAME));
    }

    /**
     * Writes the summary as CSV (RFC 4180, UTF-8 with a byte-order mark, spreadsheet formulas neutralised) and JSON
     * into the output folder; returns the files written.
     */
    static List<Path> write(Path folder, List<FileOutcome> outcomes, AuditRecord audit) throws IOException {
        List<Row> rows = outcomes.stream().map(Row::of).toList();
        Path csv = folder.resolve(CSV_NAME);
        AtomicFiles.write(csv, true, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(COLUMNS);
            for (Row row : rows) {
                printer.printRecord(row.cells().stream().map(BatchSummary::neutralise).toList());
            }
            printer.flush();
        });
        Path json = folder.resolve(JSON_NAME);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(json, true, stream -> {
            stream.write(mapper.writeValueAsBytes(new Document("cyberprocure-batch/1", audit, rows)));
            stream.write('\n');
        });
        return new ArrayList<>(List.of(csv, json));
    }

    /** A cell a spreadsheet would run as a formula gets a leading quote (file names and messages come from input). */
    private static String neutralise(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /**
     * 1 if anything failed internally or reports could not be written, else 3 if a file could not be read, else 2 if an input was invalid, else
     * 4 if a decision reached {@code --fail-on}, else 0.
     */
    static int exitCode(List<FileOutcome> outcomes, Predicate<Decision> failOn) {
        if (any(outcomes, Kind.FAILED) || any(outcomes, Kind.NOT_WRITTEN)) {
            return CyberProcureCli.EXIT_INTERNAL_ERROR;
        }
        if (any(outcomes, Kind.UNREADABLE)) {
            return CyberProcureCli.EXIT_UNREADABLE;
        }
        if (any(outcomes, Kind.INVALID)) {
            return CyberProcureCli.EXIT_INVALID_INPUT;
        }
        boolean failed = outcomes.stream().filter(o -> o.kind() == Kind.EVALUATED)
                .anyMatch(o -> failOn.test(o.assessment().decision()));
        return failed ? CyberProcureCli.EXIT_FAIL_ON : CyberProcureCli.EXIT_OK;
    }

    private static boolean any(List<FileOutcome> outcomes, Kind kind) {
        return outcomes.stream().anyMatch(o -> o.kind() == kind);
    }
}
