package org.cyberprocure.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.ReportRenderer;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate}: questionnaires in, gap reports out. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate questionnaires (.json or .csv) and write a gap report per file: "
                + "<name>.pdf and <name>.assessment.json in the output folder.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Questionnaire files (.json or .csv).")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Output folder (created if missing; default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "pdf,json",
            description = "Report formats, comma-separated: pdf, json (default: ${DEFAULT-VALUE}).")
    private List<String> formats;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Evaluate as of this date (YYYY-MM-DD); default: the questionnaire's submission date.")
    private LocalDate asOf;

    @Option(names = "--contract-end", paramLabel = "DATE",
            description = "End of the planned contract term (YYYY-MM-DD); support and certificates must reach it.")
    private LocalDate contractEnd;

    @Option(names = "--force", description = "Overwrite existing reports.")
    private boolean force;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<ReportRenderer> renderers = renderers(formats);
        ComplianceChecker checker = ComplianceChecker.load();
        EvaluationContext context = new EvaluationContext(asOf, contractEnd);
        Files.createDirectories(out);
        int exit = 0;
        for (Path file : files) {
            try {
                Questionnaire questionnaire = checker.reader().read(file);
                Assessment assessment = checker.evaluate(questionnaire, context);
                ReportModel model = ReportModel.of(assessment, checker.catalog());
                for (ReportRenderer renderer : renderers) {
                    Path target = out.resolve(baseName(file) + suffix(renderer));
                    writeAtomically(target, renderer, model);
                    stdout.println("wrote " + target);
                }
                stdout.printf("%s: %s, score %s%n", file, assessment.decision(),
                        assessment.overallScore() == null ? "n/a" : assessment.overallScore() + " %");
            } catch (InputRejectedException e) {
                stderr.println("rejected: " + e.getMessage());
                exit = CyberProcureCli.EXIT_INVALID_INPUT;
            } catch (FileAlreadyExistsException e) {
                stderr.println("not overwritten: " + e.getFile() + " exists (use --force)");
                exit = CyberProcureCli.EXIT_INVALID_INPUT;
            }
        }
        stdout.flush();
        stderr.flush();
        return exit;
    }

    private List<ReportRenderer> renderers(List<String> names) {
        return names.stream().map(n -> switch (n.strip().toLowerCase(Locale.ROOT)) {
            case "pdf" -> (ReportRenderer) new PdfReportRenderer();
            case "json" -> new JsonReportRenderer();
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + n + "'; use pdf or json");
        }).toList();
    }

    /** Writes to a temporary file and moves it into place, so no half-written report carries the final name. */
    private void writeAtomically(Path target, ReportRenderer renderer, ReportModel model) throws IOException {
        if (!force && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                renderer.render(model, stream);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String suffix(ReportRenderer renderer) {
        return renderer.format().equals("json") ? ".assessment.json" : "." + renderer.format();
    }
}
