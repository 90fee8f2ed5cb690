package org.cyberprocure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.report.ReportModel;

/** Builds a {@link SelfCheck}: evaluates, then evaluates again with the secure answers behind each gap. */
final class SelfChecker {
    private static final SourceLocation WHAT_IF = SourceLocation.of("what-if");
    private static final int EVIDENCE_LIMIT = 1000;

    private final ComplianceChecker checker;
    private final EvaluationContext context;
    private final Questionnaire questionnaire;

    SelfChecker(ComplianceChecker checker, EvaluationContext context, Questionnaire questionnaire) {
        this.checker = checker;
        this.context = context;
        this.questionnaire = questionnaire;
    }

    SelfCheck run() {
        Assessment assessment = checker.evaluate(questionnaire, context);
        Catalog catalog = checker.catalog();
        List<SelfCheck.Gap> gaps = assessment.findings().stream().filter(f -> f.status().isGap())
                .sorted(ReportModel.MOST_SEVERE_FINDING_FIRST).map(this::gap).toList();
        List<Question> unanswered = assessment.missingMandatory().stream()
                .flatMap(id -> catalog.question(id).stream()).toList();
        List<Question> all = Stream.concat(
                        gaps.stream().flatMap(g -> g.suggestions().stream()).map(SelfCheck.Suggestion::question),
                        unanswered.stream())
                .filter(q -> !q.secureAnswer().isEmpty()).distinct().toList();
        return new SelfCheck(assessment, gaps, unanswered, all.isEmpty() ? assessment.decision()
                : checker.evaluate(withSecureAnswers(all), context).decision());
    }

    private SelfCheck.Gap gap(Finding finding) {
        List<Question> behind = questionsBehind(finding);
        List<SelfCheck.Suggestion> suggestions = behind.stream()
                .map(q -> new SelfCheck.Suggestion(q, questionnaire.answer(q.id()), q.secureAnswer())).toList();
        List<Question> tried = behind.stream().filter(q -> !q.secureAnswer().isEmpty()).toList();
        if (tried.isEmpty()) {
            return new SelfCheck.Gap(finding, suggestions, Optional.empty(), Optional.empty());
        }
        Assessment after = checker.evaluate(withSecureAnswers(tried), context);
        return new SelfCheck.Gap(finding, suggestions, Optional.of(after.finding(finding.requirementId()).status()),
                Optional.of(after.decision()));
    }

    /** The questions behind a finding's requirement that this profile asks, in catalog order. */
    private List<Question> questionsBehind(Finding finding) {
        Catalog catalog = checker.catalog();
        return catalog.requirement(finding.requirementId()).stream()
                .flatMap(r -> r.questions().stream())
                .flatMap(id -> catalog.question(id).stream())
                .filter(q -> q.belongsTo(questionnaire.profile()))
                .toList();
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

    /** The evidence a question names, as one reference ('|' separates references in CSV, so it is replaced). */
    private static List<String> expectedEvidence(Question q) {
        if (q.evidenceExpected().isBlank()) {
            return List.of();
        }
        String text = q.evidenceExpected().replace('|', '/');
        return List.of(text.length() > EVIDENCE_LIMIT ? text.substring(0, EVIDENCE_LIMIT) : text);
    }
}
