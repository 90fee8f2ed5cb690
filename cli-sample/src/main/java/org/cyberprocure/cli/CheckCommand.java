package org.cyberprocure.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check}: the vendor's self-check before submitting. Prints every validation problem, the unanswered
 * mandatory questions, each gap with the answers and evidence that would close it, and the decision. With a
 * hospital's policy it decides under that policy but never prints its weights, threshold or the score.
 */
@Command(name = "check", sortOptions = false,
        description = {"Self-check a questionnaire before submitting it: validation problems with their "
                + "locations, unanswered mandatory questions, each gap with what would close it, and the decision.",
                "Needs no policy file; given one, it applies it without showing its weights."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the questionnaire was evaluated (whatever the decision)",
                        "1:internal error",
                        "2:invalid questionnaire (every problem is listed) or usage",
                        "3:the file could not be read",
                        "4:the decision reached --fail-on"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The questionnaire (.json or .csv) or a vendor form: MDS2 or CAIQ v4 (.xlsx or .csv); --sbom adds SBOMs as evidence.")
    private Path file;

    @Mixin
    private InputOptions input;

    @Mixin
    private EvaluationOptions evaluation;

    @Mixin
    private LanguageOptions language;

    @Mixin
    private CommonOptions common;

    private PrintWriter out;
    private Texts texts;

    @Override
    public Integer call() {
        out = TerminalWriter.out(spec);
        EvaluationContext context = evaluation.context();
        boolean hospitalPolicy = evaluation.policyFile != null;
        ComplianceChecker checker = CyberProcureCli.checker();
        context.policy().checkAgainst(checker.catalog());
        texts = language.texts(checker.catalog(), TerminalWriter.err(spec));
        out.println("Self-check of " + file);
        Questionnaire questionnaire;
        try {
            questionnaire = input.read(checker, file);
        } catch (InputRejectedException e) {
            return printProblems(e);
        }
        List<SbomEvidence> sboms = new ArrayList<>();
        for (Path sbomFile : evaluation.sbomFiles) {
            try {
                sboms.add(checker.sbomReader().read(sbomFile));
            } catch (InputRejectedException e) {
                out.println("SBOM " + sbomFile + ":");
                return printProblems(e);
            }
        }
        questionnaire = EvaluationOptions.withSboms(questionnaire, sboms);
        Assessment evaluated = checker.evaluate(questionnaire, context);
        // Requirement titles, rationales, contradictions and reasons in the chosen language; ids and codes as they are.
        Assessment assessment = ReportModel.of(evaluated, checker.catalog(), context.policy(), texts).assessment();
        out.printf("  %s, profile %s, catalog %s, as of %s%n%n", assessment.questionnaireId(),
                assessment.profile().id(), assessment.catalogVersion(), assessment.asOf());
        out.println("Validation: no problems.");
        printSboms(sboms);
        printForms(questionnaire);
        GapAdvice advice = new GapAdvice(checker, context, questionnaire);
        printCompleteness(assessment, checker);
        List<Finding> gaps = assessment.findings().stream().filter(f -> f.status().isGap()).toList();
        printGaps(assessment, gaps, questionnaire, advice);
        printContradictions(assessment.contradictions());
        printDecision(assessment, hospitalPolicy);
        if (!gaps.isEmpty() || !assessment.missingMandatory().isEmpty()) {
            out.println("With every answer suggested above (dates, numbers and text as the reasons ask, not "
                    + "changed here), it would get: " + advice.closingAll(gaps, assessment.missingMandatory()) + ".");
        }
        out.flush();
        return evaluation.fails(assessment.decision()) ? CyberProcureCli.EXIT_FAIL_ON : CyberProcureCli.EXIT_OK;
    }

    /** What was read from a vendor form and what the reader corrected or could not place. */
    private void printForms(Questionnaire questionnaire) {
        for (var form : questionnaire.forms()) {
            long mapped = questionnaire.answers().stream().filter(a -> a.mapped()
                    && a.origin().form().equals(form.form())).count();
            out.printf("Read as %s: %d items, %d answers mapped onto the question bank, %d unknown items.%n",
                    form.title(), form.items().size(), mapped, form.unknown().size());
            form.notes().forEach(n -> out.println("  note: " + n));
            form.unknown().forEach(i -> out.println("  unknown item: " + i.id() + " (" + i.location().describe()
                    + ") is not part of " + form.title() + "; not mapped"));
        }
    }

    private int printProblems(InputRejectedException e) {
        List<InputRejectedException.Problem> problems = e.problems();
        out.println();
        out.println("Validation: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":");
        problems.forEach(p -> out.println("  " + p.describe() + "  [" + p.reason() + "]"));
        out.println("Fix " + (problems.size() == 1 ? "it" : "them") + " and run the check again; the questionnaire "
                + "cannot be evaluated before.");
        out.flush();
        return e.reason() == InputRejectedException.Reason.UNREADABLE
                ? CyberProcureCli.EXIT_UNREADABLE : CyberProcureCli.EXIT_INVALID_INPUT;
    }

    /** What each SBOM given with --sbom shows; its gaps also appear under the SBOM requirements below. */
    private void printSboms(List<SbomEvidence> sboms) {
        for (SbomEvidence sbom : sboms) {
            out.println();
            out.println("SBOM: " + sbom.describe() + (sbom.complete() ? ": every element checked is present."
                    : ": " + sbom.problems().size() + (sbom.problems().size() == 1 ? " gap:" : " gaps:")));
            sbom.problems().forEach(p -> out.println("  " + p));
        }
    }

    private void printCompleteness(Assessment assessment, ComplianceChecker checker) {
        out.println();
        List<String> missing = assessment.missingMandatory();
        if (missing.isEmpty()) {
            out.println("Completeness: every mandatory question is answered.");
            return;
        }
        out.println("Completeness: " + missing.size() + " mandatory question" + (missing.size() == 1 ? " is" : "s are")
                + " unanswered:");
        for (String id : missing) {
            checker.catalog().question(id).ifPresentOrElse(q -> {
                out.println("  " + q.id() + ": " + text(q, "text", q.text()));
                out.println("      answer: " + String.join(" | ", q.acceptedValues())
                        + (q.secureAnswer().isEmpty() ? "" : " (secure: " + q.secureAnswer() + ")")
                        + (q.evidenceExpected().isEmpty() ? "" : "; evidence expected: "
                                + text(q, "evidence", q.evidenceExpected())));
            }, () -> out.println("  " + id));
        }
    }

    private void printGaps(Assessment assessment, List<Finding> gaps, Questionnaire questionnaire,
                           GapAdvice advice) {
        out.println();
        long applicable = assessment.findings().stream().filter(f -> f.status() != Status.NOT_APPLICABLE).count();
        if (gaps.isEmpty()) {
            out.println("Gaps: none; every applicable requirement (" + applicable + ") is met.");
            return;
        }
        out.println("Gaps: " + gaps.size() + " of " + applicable + " applicable requirements are not fully met.");
        for (Finding gap : gaps) {
            out.println();
            out.printf("  %s  %s%n    %s%s, %s; %s%n", gap.requirementId(), gap.title(), gap.status(),
                    gap.knockOut() ? ", knock-out criterion" : "", gap.legalForce(), gap.citation().describe());
            out.println("    Why: " + gap.rationale());
            out.println("    To meet it:");
            for (Question q : advice.questionsBehind(gap)) {
                String now = questionnaire.answer(q.id()).map(Answer::value).orElse("unanswered");
                String wanted = !q.secureAnswer().isEmpty() ? "= " + q.secureAnswer()
                        : "= <" + String.join(" | ", q.acceptedValues()) + ">";
                out.println("      " + q.id() + " " + wanted + "  (now: " + now + ")"
                        + (q.evidenceExpected().isEmpty() ? "" : "; evidence: "
                                + text(q, "evidence", q.evidenceExpected())));
                if (!q.help().isEmpty()) {
                    out.println("        " + text(q, "help", q.help()));
                }
            }
            GapAdvice.Outcome outcome = advice.closing(gap);
            if (outcome.status() != null) {
                out.println("    With " + (outcome.tried().size() == 1 ? "that answer" : "those answers")
                        + " and the evidence named: " + outcome.status() + "; the submission would get "
                        + outcome.decision() + ".");
            }
        }
    }

    /** A question's text, help or evidence in the chosen language. */
    private String text(Question q, String field, String english) {
        return texts.textOr("q." + q.id() + "." + field, english);
    }

    private void printContradictions(List<Contradiction> contradictions) {
        out.println();
        if (contradictions.isEmpty()) {
            out.println("Contradictions: none.");
            return;
        }
        out.println("Contradictions: " + contradictions.size() + " (clarify before submitting):");
        contradictions.forEach(c -> out.println("  " + c.checkId() + " " + c.title() + ": " + c.message()));
    }

    /** The decision with reasons rebuilt from the findings, so that a hospital policy's numbers never show. */
    private void printDecision(Assessment assessment, boolean hospitalPolicy) {
        out.println();
        out.println("Decision: " + assessment.decision() + (hospitalPolicy
                ? " (under the hospital's policy; its weights are not shown)"
                : " (default policy, overall score " + (assessment.overallScore() == null ? "n/a"
                        : assessment.overallScore() + " %") + ")"));
        List<String> reasons = new ArrayList<>();
        assessment.findings().stream().filter(Finding::knockOutHit)
                .forEach(f -> reasons.add("knock-out " + f.requirementId() + " (" + f.title() + ") is not met"));
        boolean rejectedByScore = assessment.decision() == Decision.REJECT
                && assessment.findings().stream().noneMatch(Finding::knockOutHit);
        if (rejectedByScore) {
            reasons.add("the overall score is below the minimum the policy sets");
        }
        if (!assessment.missingMandatory().isEmpty()) {
            reasons.add("mandatory questions are unanswered: " + String.join(", ", assessment.missingMandatory()));
        }
        if (!assessment.contradictions().isEmpty()) {
            reasons.add("answers contradict each other");
        }
        long gaps = assessment.findings().stream().filter(f -> f.status().isGap()).count();
        if (gaps > 0) {
            reasons.add(gaps + " requirement" + (gaps == 1 ? " is" : "s are") + " not fully met");
        }
        reasons.forEach(r -> out.println("  - " + r));
    }
}
