package org.cyberprocure.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.SelfCheck;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.io.VexReader;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.VexDocument;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check}: the vendor's self-check before submitting, a thin user of
 * {@link ComplianceChecker#selfCheck}. Leads with the decision and the counts; then validation, completeness,
 * the gaps (briefly, or each with the answers and evidence that would close it) and contradictions. With a
 * hospital's policy it decides under that policy but never prints its weights, threshold or the score.
 */
@Command(name = "check", sortOptions = false,
        description = {"Self-check a questionnaire before submitting it: the decision and counts first, then "
                + "validation problems with their locations, unanswered mandatory questions, the gaps (with "
                + "--detail full: each with the answers and evidence that would close it) and contradictions.",
                "Needs no policy file; given one, it applies it without showing its weights. --format json or "
                        + "sarif writes the same for a vendor's CI pipeline."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the questionnaire was evaluated (whatever the decision)",
                        "1:internal error",
                        "2:invalid questionnaire (every problem is listed) or usage",
                        "3:the file could not be read",
                        "4:the decision reached --fail-on"})
final class CheckCommand implements Callable<Integer> {
    enum Detail { BRIEF, FULL }

    enum Format { TEXT, JSON, SARIF }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The questionnaire (.json or .csv) or a vendor form: MDS2 or CAIQ v4 (.xlsx or .csv); --sbom adds SBOMs as evidence.")
    private Path file;

    @Option(names = "--detail", paramLabel = "LEVEL",
            description = "brief (one line per gap) or full (each gap with the answers and evidence that would "
                    + "close it). Default: brief on a terminal, full when the output goes to a file or pipe.")
    private Detail detail;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or sarif (SARIF 2.1.0: a result per gap and per validation problem, located "
                    + "in the questionnaire). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Mixin
    private InputOptions input;

    @Mixin
    private EvaluationOptions evaluation;

    @Mixin
    private LanguageOptions language;

    @Mixin
    private CommonOptions common;

    private PrintWriter out;
    private CheckText text;

    @Override
    public Integer call() {
        out = TerminalWriter.out(spec);
        EvaluationContext context = evaluation.context();
        boolean hospitalPolicy = evaluation.policyFile != null;
        ComplianceChecker checker = CyberProcureCli.checker();
        text = new CheckText(language.texts(checker.catalog(), TerminalWriter.err(spec)));
        context.policy().checkAgainst(checker.catalog());
        Questionnaire questionnaire;
        List<SbomEvidence> sboms = new ArrayList<>();
        try {
            questionnaire = input.read(checker, file);
            for (Path sbomFile : evaluation.sbomFiles) {
                sboms.add(checker.sbomReader().read(sbomFile));
            }
        } catch (InputRejectedException e) {
            return rejected(e, checker);
        }
        List<VexDocument> vex = new ArrayList<>();
        for (Path vexFile : evaluation.vexFiles) {
            try {
                vex.add(new VexReader().read(vexFile));
            } catch (InputRejectedException e) {
                return rejected(e, checker);
            }
        }
        questionnaire = EvaluationOptions.withSboms(questionnaire, sboms);
        SelfCheck check = checker.selfCheck(questionnaire, context).in(text.texts());
        switch (format) {
            case JSON -> CheckReports.json(file, check, hospitalPolicy, text).lines().forEach(out::println);
            case SARIF -> CheckReports.sarif(file, check, checker, text).lines().forEach(out::println);
            case TEXT -> printText(check, questionnaire, sboms, vex, hospitalPolicy);
        }
        out.flush();
        return evaluation.fails(check.decision()) ? CyberProcureCli.EXIT_FAIL_ON : CyberProcureCli.EXIT_OK;
    }

    private int rejected(InputRejectedException e, ComplianceChecker checker) {
        switch (format) {
            case JSON -> CheckReports.problemsJson(file, e, text.texts()).lines().forEach(out::println);
            case SARIF -> CheckReports.problemsSarif(file, e, checker, text.texts()).lines().forEach(out::println);
            case TEXT -> {
                out.println(text.get("title", file));
                printProblems(e);
            }
        }
        out.flush();
        return e.reason() == InputRejectedException.Reason.UNREADABLE
                ? CyberProcureCli.EXIT_UNREADABLE : CyberProcureCli.EXIT_INVALID_INPUT;
    }

    private void printText(SelfCheck check, Questionnaire questionnaire, List<SbomEvidence> sboms,
                           List<VexDocument> vex, boolean hospitalPolicy) {
        Assessment assessment = check.assessment();
        boolean full = (detail == null ? (System.console() == null ? Detail.FULL : Detail.BRIEF) : detail)
                == Detail.FULL;
        out.println(text.get("title", file));
        out.println("  " + text.get("header", assessment.questionnaireId(), assessment.profile().id(),
                assessment.catalogVersion(), assessment.asOf()));
        out.println();
        printDecision(check, hospitalPolicy);
        out.println();
        out.println(text.get("valid"));
        printSboms(sboms);
        printVex(vex);
        printForms(questionnaire);
        printCompleteness(check);
        printGaps(check, full);
        printContradictions(assessment);
        if (!full && !check.gaps().isEmpty()) {
            out.println();
            out.println(text.get("brief"));
        }
    }

    /** The decision first, with the counts and the reasons rebuilt from the findings (no policy numbers). */
    private void printDecision(SelfCheck check, boolean hospitalPolicy) {
        Assessment assessment = check.assessment();
        out.println(text.get("decision", text.decision(assessment.decision()), hospitalPolicy
                ? text.get("decision.hospital")
                : text.get("decision.default", assessment.overallScore() == null ? text.get("scoreUnknown")
                        : text.texts().number(assessment.overallScore()) + " %")));
        long applicable = assessment.findings().stream().filter(f -> f.status() != Status.NOT_APPLICABLE).count();
        out.println("  " + text.get("counts", check.gaps().size(), applicable, count(assessment, Status.NOT_MET),
                count(assessment, Status.PARTIALLY_MET), count(assessment, Status.NOT_ANSWERED),
                check.unansweredMandatory().size(), assessment.contradictions().size()));
        List<String> knockOuts = assessment.findings().stream()
                .filter(f -> f.knockOutHit() || f.knockOutPartial() || f.knockOutOpen())
                .map(f -> f.requirementId() + " (" + text.status(f.status()) + ")").toList();
        if (!knockOuts.isEmpty()) {
            out.println("  " + text.get("knockouts", String.join(", ", knockOuts)));
        }
        reasons(assessment).forEach(r -> out.println("  - " + r));
        if (check.hasWork()) {
            out.println(text.get("forecast", text.decision(check.decisionWithAllSuggestions())));
        }
    }

    private List<String> reasons(Assessment assessment) {
        List<String> reasons = new ArrayList<>();
        assessment.findings().stream().filter(Finding::knockOutHit)
                .forEach(f -> reasons.add(text.get("reason.knockout", f.requirementId(), f.title())));
        if (assessment.decision() == Decision.REJECT
                && assessment.findings().stream().noneMatch(Finding::knockOutHit)) {
            reasons.add(text.get("reason.score"));
        }
        if (!assessment.missingMandatory().isEmpty()) {
            reasons.add(text.get("reason.missing", String.join(", ", assessment.missingMandatory())));
        }
        if (!assessment.contradictions().isEmpty()) {
            reasons.add(text.get("reason.contradictions"));
        }
        long gaps = assessment.findings().stream().filter(f -> f.status().isGap()).count();
        if (gaps > 0) {
            reasons.add(text.get("reason.gaps", gaps));
        }
        return reasons;
    }

    private static long count(Assessment assessment, Status status) {
        return assessment.findings().stream().filter(f -> f.status() == status).count();
    }

    /** What was read from a vendor form and what the reader corrected or could not place. */
    private void printForms(Questionnaire questionnaire) {
        for (var form : questionnaire.forms()) {
            long mapped = questionnaire.answers().stream().filter(a -> a.mapped()
                    && a.origin().form().equals(form.form())).count();
            out.println(text.get("form", form.title(), form.items().size(), mapped, form.unknown().size()));
            form.noteMessages().forEach(n -> out.println("  " + text.get("form.note", text.texts().format(n))));
            form.unknown().forEach(i -> out.println("  " + text.get("form.unknown", i.id(),
                    text.texts().format(i.location().message()), form.title())));
        }
    }

    private void printProblems(InputRejectedException e) {
        List<InputRejectedException.Problem> problems = e.problems();
        out.println();
        out.println(text.get("problems", problems.size()));
        problems.forEach(p -> out.println("  " + EvaluateCommand.problemLine(p, text.texts())));
        out.println(text.get("problems.fix", problems.size()));
    }

    /** What each SBOM given with --sbom shows; its gaps also appear under the SBOM requirements below. */
    private void printSboms(List<SbomEvidence> sboms) {
        for (SbomEvidence sbom : sboms) {
            out.println();
            String described = text.texts().format(sbom.message());
            out.println(sbom.complete() ? text.get("sbom.complete", described)
                    : text.get("sbom.gaps", described, sbom.problems().size()));
            sbom.problemMessages().forEach(p -> out.println("  " + text.texts().format(p)));
            if (!sbom.formatWarnings().isEmpty()) {
                out.println("  " + text.get("sbom.formatWarnings", sbom.formatWarnings().size()));
                sbom.formatWarnings().forEach(w -> out.println("    " + w));
            }
        }
    }

    /** What each VEX document given with --vex declares, counted per status (the report lists every statement). */
    private void printVex(List<VexDocument> documents) {
        for (VexDocument vex : documents) {
            out.println();
            out.println(vex.publisher().isEmpty() ? text.get("vex", vex.describe())
                    : text.get("vex.publisher", vex.describe(), vex.publisher()));
            for (VexDocument.VexStatus status : VexDocument.VexStatus.values()) {
                List<VexDocument.Statement> statements = vex.statements(status);
                if (!statements.isEmpty()) {
                    out.println("  " + text.get("vex." + status.name()) + ": "
                            + String.join(", ", statements.stream().map(VexDocument.Statement::vulnerability)
                                    .distinct().toList()));
                }
            }
        }
    }

    private void printCompleteness(SelfCheck check) {
        out.println();
        if (check.unansweredMandatory().isEmpty()) {
            out.println(text.get("complete"));
            return;
        }
        out.println(text.get("incomplete", check.unansweredMandatory().size()));
        for (Question q : check.unansweredMandatory()) {
            out.println("  " + q.id() + ": " + q.text());
            String accepted = text.accepted(q);
            if (!q.secureAnswer().isEmpty()) {
                accepted = text.get("answer.secure", accepted, text.code(q.secureAnswer()));
            }
            if (!q.evidenceExpected().isEmpty()) {
                accepted = text.get("answer.evidence", accepted, q.evidenceExpected());
            }
            out.println("      " + text.get("answer", accepted));
        }
    }

    private void printGaps(SelfCheck check, boolean full) {
        Assessment assessment = check.assessment();
        out.println();
        long applicable = assessment.findings().stream().filter(f -> f.status() != Status.NOT_APPLICABLE).count();
        if (check.gaps().isEmpty()) {
            out.println(text.get("gaps.none", applicable));
            return;
        }
        out.println(text.get("gaps", check.gaps().size(), applicable));
        for (SelfCheck.Gap gap : check.gaps()) {
            Finding f = gap.finding();
            if (!full) {
                out.printf("  %-22s %-15s %s%s%n", f.requirementId(), text.status(f.status()),
                        f.knockOut() ? "[" + text.get("knockOut") + "] " : "", f.title());
                continue;
            }
            out.println();
            out.printf("  %s  %s%n    %s%n", f.requirementId(), f.title(), text.get("join", text.status(f.status())
                    + (f.knockOut() ? ", " + text.get("knockOut.criterion") : "") + ", "
                    + text.legalForce(f.legalForce()), f.citation().describe()));
            out.println("    " + text.get("why", f.rationale()));
            out.println("    " + text.get("tomeet"));
            for (SelfCheck.Suggestion s : gap.suggestions()) {
                Question q = s.question();
                String now = s.current().map(a -> text.code(a.value())).orElse(text.get("unanswered"));
                String wanted = !s.suggestedValue().isEmpty() ? "= " + text.code(s.suggestedValue())
                        : "= <" + text.accepted(q) + ">";
                String line = q.id() + " " + wanted + "  (" + text.get("now", now) + ")";
                out.println("      " + (q.evidenceExpected().isEmpty() ? line
                        : text.get("join", line, text.get("evidence", q.evidenceExpected()))));
                if (!q.help().isEmpty()) {
                    out.println("        " + q.help());
                }
            }
            if (gap.statusIfFollowed().isPresent()) {
                long tried = gap.suggestions().stream().filter(s -> !s.suggestedValue().isEmpty()).count();
                out.println("    " + text.get("followed", tried, text.status(gap.statusIfFollowed().get()),
                        text.decision(gap.decisionIfFollowed().orElseThrow())));
            }
        }
    }

    private void printContradictions(Assessment assessment) {
        out.println();
        if (assessment.contradictions().isEmpty()) {
            out.println(text.get("contradictions.none"));
            return;
        }
        out.println(text.get("contradictions", assessment.contradictions().size()));
        assessment.contradictions().forEach(c -> out.println("  " + c.checkId() + " " + c.title() + ": "
                + c.message()));
    }
}
