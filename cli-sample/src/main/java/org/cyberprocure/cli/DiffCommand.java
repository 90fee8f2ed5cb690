package org.cyberprocure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.report.AssessmentJsonReader;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.ReportLabels;
import org.cyberprocure.report.pdf.DiffPdfRenderer;
import org.cyberprocure.tender.AssessmentDiff;
import org.cyberprocure.tender.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff}: what changed between a submission and its resubmission, and why. */
@Command(name = "diff", sortOptions = false,
        description = {"Compare two assessments of one offer, e.g. a submission and the vendor's resubmission after a "
                + "clarification round: every requirement whose status changed with the answers that caused it, "
                + "new and closed contradictions, score and decision, conditions of award now satisfied.",
                "PREVIOUS and CURRENT are questionnaires or vendor forms (both evaluated with the same options) or "
                        + "assessment JSON files written by evaluate. A requirement the rule pack changed or added is "
                        + "marked as such, not as the vendor's change. Prints the comparison; --json and --pdf "
                        + "write it to files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (whatever changed)",
                        "1:internal error, or an output file cannot be written",
                        "2:invalid input or usage (bad file, different profiles, output exists without --force)",
                        "3:an input file could not be read"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PREVIOUS", description = "The earlier submission or assessment JSON.")
    private Path previous;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "The later submission or assessment JSON.")
    private Path current;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the comparison as JSON.")
    private Path json;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also write a short PDF (PDF/A-3A, PDF/UA-1) with a sign-off block.")
    private Path pdf;

    @Option(names = "--force", description = "Overwrite existing output files.")
    private boolean force;

    @Mixin
    private InputOptions input;

    @Mixin
    private EvaluationOptions evaluation;

    @Mixin
    private AuditOptions audit;

    @Mixin
    private LanguageOptions language;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = TerminalWriter.out(spec);
        PrintWriter stderr = TerminalWriter.err(spec);
        EvaluationContext context = evaluation.context();
        ComplianceChecker checker = CyberProcureCli.checker();
        context.policy().checkAgainst(checker.catalog());
        Texts texts = language.texts(checker.catalog(), stderr); // an unknown language stops here, before any work
        List<AuditRecord.InputFile> digests = new ArrayList<>();
        Assessment before;
        Assessment after;
        try {
            before = assessment(checker, context, previous, "previous", digests);
            after = assessment(checker, context, current, "current", digests);
        } catch (InputRejectedException e) {
            FileOutcome outcome = EvaluateCommand.rejected(Path.of(e.source()), e, texts);
            stderr.println(texts.text("cli.error", e.source() + ": " + outcome.describe(texts)));
            outcome.details().forEach(d -> stderr.println("  " + d));
            stderr.flush();
            return e.reason() == InputRejectedException.Reason.UNREADABLE ? CyberProcureCli.EXIT_UNREADABLE
                    : CyberProcureCli.EXIT_INVALID_INPUT;
        }
        AssessmentDiff diff;
        try {
            diff = AssessmentDiff.between(before, after);
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            stderr.flush();
            return CyberProcureCli.EXIT_INVALID_INPUT;
        }
        digests.addAll(AuditOptions.hospitalFiles(evaluation));
        AuditRecord record = audit.record(digests);
        DiffReport.text(diff, ReportLabels.of(texts)).lines().forEach(stdout::println); // line by line: the writer escapes breaks inside text
        try {
            if (json != null) {
                AtomicFiles.write(json, force, out -> out.write(DiffReport.json(diff, record)));
                stdout.println(texts.text("cli.wrote", json.toString()));
            }
            if (pdf != null) {
                AtomicFiles.write(pdf, force, out -> new DiffPdfRenderer(texts).render(diff, after, record, out));
                stdout.println(texts.text("cli.wrote", pdf.toString()));
            }
        } catch (FileAlreadyExistsException e) {
            stderr.println(texts.text("cli.error", texts.text("cli.exists", e.getFile())));
            stderr.flush();
            return CyberProcureCli.EXIT_INVALID_INPUT;
        }
        stdout.flush();
        return CyberProcureCli.EXIT_OK;
    }

    /** An assessment JSON is read back; anything else is read as a questionnaire or form and evaluated. */
    private Assessment assessment(ComplianceChecker checker, EvaluationContext context, Path file, String which,
                                  List<AuditRecord.InputFile> digests) {
        if (AssessmentJsonReader.recognises(file)) {
            Assessment read = AssessmentJsonReader.read(file);
            digests.add(AuditOptions.digest(which + " assessment", file));
            return read;
        }
        Questionnaire questionnaire = input.read(checker, file);
        Assessment evaluated = checker.evaluate(questionnaire, context);
        digests.add(AuditOptions.digest(which + " " + InputOptions.role(questionnaire), file));
        return evaluated;
    }
}
