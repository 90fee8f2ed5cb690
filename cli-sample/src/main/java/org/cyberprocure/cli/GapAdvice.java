package org.cyberprocure.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Status;

/**
 * What would change the verdict on a gap: the secure answers and the evidence expected of the questions behind
 * the requirement, tried out by evaluating the questionnaire again with them. The rules decide, not a guess.
 */
final class GapAdvice {
    private static final SourceLocation WHAT_IF = SourceLocation.of("what-if");
    private static final int EVIDENCE_LIMIT = 1000;

    private final ComplianceChecker checker;
    private final EvaluationContext context;
    private final Questionnaire questionnaire;

    GapAdvice(ComplianceChecker checker, EvaluationContext context, Questionnaire questionnaire) {
        this.checker = checker;
        this.context = context;
        this.questionnaire = questionnaire;
    }

    /**
     * The outcome of answering a set of questions securely.
     *
     * @param tried    the questions that have a secure answer (empty: nothing to try, e.g. dates)
     * @param status   the gap's status afterwards, or {@code null} when nothing was tried
     * @param decision the submission's decision afterwards, or {@code null} when nothing was tried
     */
    record Outcome(List<Question> tried, Status status, Decision decision) {
    }

    /** The questions behind a finding's requirement that this profile asks, in catalog order. */
    List<Question> questionsBehind(Finding finding) {
        Catalog catalog = checker.catalog();
        return catalog.requirement(finding.requirementId()).stream()
                .flatMap(r -> r.questions().stream())
                .flatMap(id -> catalog.question(id).stream())
                .filter(q -> q.belongsTo(questionnaire.profile()))
                .toList();
    }

    /** Answers the questions behind one gap securely and evaluates again. */
    Outcome closing(Finding gap) {
        List<Question> tried = questionsBehind(gap).stream().filter(q -> !q.secureAnswer().isEmpty()).toList();
        if (tried.isEmpty()) {
            return new Outcome(tried, null, null);
        }
        Assessment after = checker.evaluate(withSecureAnswers(tried), context);
        return new Outcome(tried, after.finding(gap.requirementId()).status(), after.decision());
    }

    /** The decision if every gap were closed and every unanswered mandatory question answered securely. */
    Decision closingAll(Collection<Finding> gaps, Collection<String> missingMandatory) {
        List<Question> tried = java.util.stream.Stream.concat(
                        gaps.stream().flatMap(g -> questionsBehind(g).stream()),
                        missingMandatory.stream().flatMap(id -> checker.catalog().question(id).stream()))
                .filter(q -> !q.secureAnswer().isEmpty()).distinct().toList();
        return checker.evaluate(withSecureAnswers(tried), context).decision();
    }

    private Questionnaire withSecureAnswers(List<Question> questions) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        questionnaire.answers().forEach(a -> answers.put(a.questionId(), a));
        for (Question q : questions) {
            Answer old = answers.get(q.id());
            List<String> evidence = old != null && old.hasEvidence() ? old.evidence() : expectedEvidence(q);
            answers.put(q.id(), new Answer(q.id(), q.secureAnswer(), old == null ? "" : old.comment(), evidence,
                    WHAT_IF));
        }
        return new Questionnaire(questionnaire.id(), questionnaire.profile(), questionnaire.submitted(),
                questionnaire.vendor(), questionnaire.product(), List.copyOf(answers.values()), questionnaire.forms(),
                questionnaire.sboms());
    }

    private static List<String> expectedEvidence(Question q) {
        if (q.evidenceExpected().isBlank()) {
            return List.of();
        }
        // '|' separates evidence references in CSV and is refused inside one.
        String text = q.evidenceExpected().replace('|', '/');
        return List.of(text.length() > EVIDENCE_LIMIT ? text.substring(0, EVIDENCE_LIMIT) : text);
    }
}
