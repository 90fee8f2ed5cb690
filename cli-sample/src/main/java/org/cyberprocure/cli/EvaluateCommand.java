package org.cyberprocure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.cli.FileOutcome.Kind;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.io.VexReader;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.model.VexDocument;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate}: questionnaires in, gap reports out; a batch keeps going past bad files. */
@Command(name = "evaluate", sortOptions = false,
        description = {"Evaluate questionnaires and write a gap report per file into the output folder: "
                + "<name>.pdf, <name>.assessment.json, <name>.findings.csv, <name>.oscal-ar.json (OSCAL assessment "
                + "results), <name>.findings.jsonl (findings feed) (<name>-json..., <name>-csv... when two inputs "
                + "share a name).",
                "A folder as FILE evaluates every .json, .csv and .xlsx file in it. Vendor forms (MDS2 or CAIQ v4, workbook or CSV "
                        + "export) are read as they come, see --input-format. Ends with a summary of every "
                        + "file with its decision or its error; a batch (a folder or several files) also writes it to "
                        + "batch-summary.csv and batch-summary.json in the output folder.",
                "Every report carries an audit record: generation time, tool, catalog and rule pack versions, "
                        + "SHA-256 of every input file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was evaluated (whatever the decisions)",
                        "1:internal error, or the output folder cannot be written",
                        "2:invalid input or usage (bad questionnaire, option or policy; report exists without --force)",
                        "3:at least one file could not be read",
                        "4:a decision reached --fail-on"})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Questionnaires (.json, .csv), MDS2 or CAIQ v4 forms (.xlsx, .csv) or folders of them.")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Output folder, created if missing (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "pdf,json",
            description = "Report formats, comma-separated: pdf, json, compact (the assessment JSON on one line, "
                    + "without the catalog texts its catalog version identifies), csv, oscal (OSCAL 1.1.3 assessment "
                    + "results), jsonl (JSON Lines findings feed) (default: ${DEFAULT-VALUE}).")
    private List<ReportFormat> formats;

    @Mixin
    private LanguageOptions language;

    /** The reports' language, from {@link #language}. */
    /** The library's English texts: what the batch summary files record. */
    private static final Texts ENGLISH = Translations.labelsOnly().texts(Locale.ENGLISH);

    private Texts texts;

    @Option(names = "--detail", paramLabel = "LEVEL", defaultValue = "full",
            description = "PDF report length: full (with met and out-of-scope rows, answers and method) or summary "
                    + "(cover, executive summary, gap register). Default: ${DEFAULT-VALUE}.")
    private PdfReportRenderer.Detail detail;

    @Option(names = "--force", description = "Overwrite existing reports.")
    private boolean force;

    @Mixin
    private InputOptions input;

    @Mixin
    private EvaluationOptions evaluation;

    @Mixin
    private AuditOptions audit;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = TerminalWriter.out(spec);
        PrintWriter stderr = TerminalWriter.err(spec);
        EvaluationContext context = evaluation.context(); // a bad policy stops here, before any work
        ReportFolder reports;
        try {
            reports = ReportFolder.open(out, note -> stderr.println("note: " + note));
        } catch (ReportFolder.Unusable e) {
            stderr.println("error: the output folder (--out) cannot be used: " + e.getMessage());
            stderr.flush();
            return CyberProcureCli.EXIT_INTERNAL_ERROR;
        }
        if (formats.contains(ReportFormat.PDF)) {
            // The PDF library's start-up overlaps the rule pack's on another core (docs/performance.md).
            Thread warmUp = new Thread(PdfReportRenderer::warmUp, "cyberprocure-pdf-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        ComplianceChecker checker = CyberProcureCli.checker();
        context.policy().checkAgainst(checker.catalog());
        texts = language.texts(checker.catalog(), TerminalWriter.err(spec)); // an unknown language stops here
        List<Inputs.Entry> inputs = Inputs.expand(files);
        boolean batch = inputs.size() > 1 || files.stream().anyMatch(Files::isDirectory);
        if (batch && !force && BatchSummary.filesExist(out)) {
            stderr.println(texts.text("cli.error", texts.text("cli.summaryFilesExist", BatchSummary.files(out),
                    out.toString())));
            stderr.flush();
            return CyberProcureCli.EXIT_INVALID_INPUT;
        }
        List<SbomEvidence> sboms = new ArrayList<>();
        List<VexDocument> vex = new ArrayList<>();
        if (!evaluation.sbomFiles.isEmpty() || !evaluation.vexFiles.isEmpty()) {
            // An SBOM or VEX describes one product: never pair it with a batch of other vendors' questionnaires.
            if (files.size() != 1 || Files.isDirectory(files.get(0))) {
                stderr.println(texts.text("cli.error", texts.text("cli.sbomNeedsOne")));
                stderr.flush();
                return CyberProcureCli.EXIT_INVALID_INPUT;
            }
            Path current = null;
            try {
                for (Path sbomFile : evaluation.sbomFiles) {
                    current = sbomFile;
                    sboms.add(checker.sbomReader().read(sbomFile));
                }
                for (Path vexFile : evaluation.vexFiles) {
                    current = vexFile;
                    vex.add(new VexReader().read(vexFile));
                }
            } catch (InputRejectedException e) {
                FileOutcome outcome = rejectedEvidence(current, e);
                e.problems().forEach(p -> stdout.println("  " + problemLine(p, texts)));
                BatchSummary.print(stdout, List.of(outcome), texts);
                return BatchSummary.exitCode(List.of(outcome), evaluation::fails);
            }
        }
        Progress progress = Progress.choose(System.console() != null, stdout, stderr, texts);
        Set<String> sharedBaseNames = sharedBaseNames(inputs);
        Set<Path> claimed = new HashSet<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Inputs.Entry input = inputs.get(i);
            progress.starting(i + 1, inputs.size(), input.file().toString());
            FileOutcome outcome = input.outcome() != null ? input.outcome()
                    : FileGuard.run(input.file(), common.verbose, stderr, () -> evaluate(checker,
                            context, input.file(), sboms, vex,
                            ReportFolder.safeName(reportName(input.file(), sharedBaseNames)), reports, claimed));
            outcomes.add(outcome);
            progress.done(i + 1, inputs.size(), outcome);
        }
        progress.finish();
        BatchSummary.print(stdout, outcomes, texts);
        printUnusedWaivers(stdout, context, outcomes, texts);
        if (batch) {
            for (Path written : BatchSummary.write(out, outcomes, audit.record(AuditOptions.hospitalFiles(evaluation)))) {
                stdout.println(texts.text("cli.wrote", written.toString()));
            }
            stdout.flush();
        }
        return BatchSummary.exitCode(outcomes, evaluation::fails);
    }

    /** Waivers that no evaluated offer of this run is addressed to: a typo in an id or a name shows here. */
    private static void printUnusedWaivers(PrintWriter stdout, EvaluationContext context, List<FileOutcome> outcomes,
                                           Texts texts) {
        List<String> unused = context.waivers().waivers().stream()
                .filter(w -> outcomes.stream().filter(o -> o.kind() == Kind.EVALUATED)
                        .noneMatch(o -> o.assessment().waivers().stream().anyMatch(x -> x.waiver().equals(w))))
                .map(w -> w.id() + " (" + w.requirementId() + ", for " + (w.questionnaireId() != null
                        ? "questionnaire " + w.questionnaireId() : "vendor " + w.vendor()) + ")")
                .toList();
        if (!unused.isEmpty()) {
            stdout.println(texts.text("cli.unusedWaivers", String.join(", ", unused)));
            stdout.flush();
        }
    }

    private FileOutcome evaluate(ComplianceChecker checker, EvaluationContext context, Path file,
                                 List<SbomEvidence> sboms, List<VexDocument> vex, String reportName,
                                 ReportFolder reports, Set<Path> claimed) {
        try {
            Questionnaire questionnaire = EvaluationOptions.withSboms(input.read(checker, file), sboms);
            Assessment assessment = checker.evaluate(questionnaire, context);
            Map<ReportFormat, Path> targets = targets(reports, reportName, claimed);
            List<AuditRecord.InputFile> digests = new ArrayList<>();
            digests.add(AuditOptions.digest(InputOptions.role(questionnaire), file));
            evaluation.sbomFiles.forEach(sbom -> digests.add(AuditOptions.digest("SBOM", sbom)));
            evaluation.vexFiles.forEach(vexFile -> digests.add(AuditOptions.digest("VEX", vexFile)));
            digests.addAll(AuditOptions.hospitalFiles(evaluation));
            ReportModel model = ReportModel.of(assessment, checker.catalog(), context.policy(), texts)
                    .withAudit(audit.record(digests)).withVex(vex);
            Map<String, String> inputs = new LinkedHashMap<>();
            model.audit().inputs().forEach(input -> inputs.put(input.name(), input.sha256()));
            Map<Path, AtomicFiles.Content> set = new LinkedHashMap<>();
            targets.forEach((format, target) -> {
                var renderer = format.renderer(checker.catalog(), detail, inputs);
                set.put(target, stream -> renderer.render(model, stream));
            });
            reports.publish(set, force); // all formats of this questionnaire, or none
            return FileOutcome.evaluated(file, assessment, targets.values().stream()
                    .map(t -> texts.text("cli.wrote", t.toString())).toList());
        } catch (InputRejectedException e) {
            return rejected(file, e, texts);
        } catch (FileAlreadyExistsException e) {
            return FileOutcome.problem(file, Kind.INVALID, ENGLISH.text("cli.notOverwritten", e.getFile()),
                    texts.text("cli.notOverwritten", e.getFile()), List.of());
        } catch (DuplicateReportName e) {
            return FileOutcome.problem(file, Kind.INVALID, e.getMessage(), List.of());
        } catch (IOException e) {
            // A full disk or a lost share: this file's reports are missing, the batch and its summary go on.
            return FileOutcome.problem(file, Kind.NOT_WRITTEN, ReportFolder.cause(e) + "; none of its reports was"
                    + " published", List.of());
        } catch (RuntimeException e) {
            // A bug, not the vendor's fault: name it, keep going with the other files.
            if (common.verbose) {
                e.printStackTrace(TerminalWriter.err(spec));
            }
            return FileOutcome.problem(file, Kind.FAILED, String.valueOf(e.getMessage()),
                    common.verbose ? List.of() : List.of("run with --verbose for details"));
        }
    }

    /** The report files of a questionnaire; all checked before any is written, so a file gets all or none. */
    private Map<ReportFormat, Path> targets(ReportFolder reports, String reportName, Set<Path> claimed)
            throws FileAlreadyExistsException {
        Map<ReportFormat, Path> targets = new LinkedHashMap<>();
        for (ReportFormat format : new LinkedHashSet<>(formats)) {
            Path target = reports.resolve(format.fileName(reportName));
            if (claimed.contains(target.toAbsolutePath().normalize())) {
                throw new DuplicateReportName(target);
            }
            if (!force && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            targets.put(format, target);
        }
        targets.values().forEach(t -> claimed.add(t.toAbsolutePath().normalize()));
        return targets;
    }

    static FileOutcome rejected(Path file, InputRejectedException e) {
        return rejected(file, e, ENGLISH);
    }

    /** A questionnaire refused: its first problem (English for the summary files, and in the reader's language). */
    static FileOutcome rejected(Path file, InputRejectedException e, Texts texts) {
        List<InputRejectedException.Problem> problems = e.problems();
        Kind kind = e.reason() == InputRejectedException.Reason.UNREADABLE ? Kind.UNREADABLE : Kind.INVALID;
        InputRejectedException.Problem first = problems.get(0);
        if (kind == Kind.UNREADABLE) {
            return FileOutcome.problem(file, kind, first.message(), first.text(texts), List.of());
        }
        if (problems.size() == 1) {
            return FileOutcome.problem(file, kind, ENGLISH.text("cli.invalid", first.describe()),
                    texts.text("cli.invalid", first.describe(texts)), List.of());
        }
        return FileOutcome.problem(file, kind, ENGLISH.text("cli.invalid.first", problems.size(), first.describe()),
                texts.text("cli.invalid.first", problems.size(), first.describe(texts)),
                List.of(texts.text("cli.invalid.listAll", file.toString())));
    }

    /** A problem as the command line lists it: where, what, and its reason code. */
    static String problemLine(InputRejectedException.Problem problem, Texts texts) {
        return texts.text("cli.problem", problem.describe(texts), problem.reason().name());
    }

    /** An SBOM or VEX document refused: nothing is evaluated (its problems are printed before the summary). */
    private FileOutcome rejectedEvidence(Path file, InputRejectedException e) {
        Kind kind = e.reason() == InputRejectedException.Reason.UNREADABLE ? Kind.UNREADABLE : Kind.INVALID;
        int n = e.problems().size();
        String what = evaluation.vexFiles.contains(file) ? "VEX" : "SBOM";
        InputRejectedException.Problem first = e.problems().get(0);
        return n == 1
                ? FileOutcome.problem(file, kind, ENGLISH.text("cli.invalidEvidence", what, first.describe()),
                        texts.text("cli.invalidEvidence", what, first.describe(texts)), List.of())
                : FileOutcome.problem(file, kind, ENGLISH.text("cli.invalidEvidence.first", what, n, first.describe()),
                        texts.text("cli.invalidEvidence.first", what, n, first.describe(texts)), List.of());
    }

    /** The name without extension, e.g. {@code vendor}; with it when inputs share the name: {@code vendor-csv}. */
    private static String reportName(Path file, Set<String> sharedBaseNames) {
        String base = baseName(file);
        String name = file.getFileName().toString();
        return sharedBaseNames.contains(base) && base.length() < name.length()
                ? base + "-" + name.substring(base.length() + 1).toLowerCase(Locale.ROOT) : base;
    }

    private static Set<String> sharedBaseNames(List<Inputs.Entry> inputs) {
        Map<String, Integer> counts = new HashMap<>();
        inputs.stream().filter(i -> i.outcome() == null).map(i -> baseName(i.file()))
                .forEach(b -> counts.merge(b, 1, Integer::sum));
        Set<String> shared = new HashSet<>();
        counts.forEach((base, count) -> {
            if (count > 1) {
                shared.add(base);
            }
        });
        return shared;
    }

    private static String baseName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Two inputs of one run would write the same report (e.g. {@code a.json} and {@code a.csv}). */
    private static final class DuplicateReportName extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateReportName(Path target) {
            super(target + " is already the report of another file in this run; rename one of them");
        }
    }
}
