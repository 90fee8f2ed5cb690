package org.cyberprocure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.Localized;

/**
 * A vendor's self-check before submitting, from {@link ComplianceChecker#selfCheck}: the assessment the hospital
 * would make, and for each gap the answers and evidence that would close it, tried out by evaluating again with
 * them. The rules decide what would change, not a guess.
 *
 * <p>Its texts are English as evaluated; {@link #in(Texts)} gives the same self-check with every text a reader
 * sees in another language (requirement titles, citations, rationales, contradictions, decision reasons, question
 * texts, help and evidence expected). Ids, statuses, decisions and answer codes are the same in every language.
 *
 * @param assessment                 the questionnaire evaluated as it stands
 * @param gaps                       every requirement not fully met (NOT_MET, PARTIALLY_MET, NOT_ANSWERED), most
 *                                   severe first as the gap report ranks them, with advice
 * @param unansweredMandatory        mandatory questions without an answer, in question bank order
 * @param decisionWithAllSuggestions the decision if every suggested answer of every gap and every unanswered
 *                                   mandatory question were given (with the evidence named)
 */
public record SelfCheck(Assessment assessment, List<Gap> gaps, List<Question> unansweredMandatory,
                        Decision decisionWithAllSuggestions) {

    public SelfCheck {
        Objects.requireNonNull(assessment, "assessment");
        gaps = List.copyOf(gaps);
        unansweredMandatory = List.copyOf(unansweredMandatory);
        Objects.requireNonNull(decisionWithAllSuggestions, "decisionWithAllSuggestions");
    }

    /** The decision as the questionnaire stands. */
    public Decision decision() {
        return assessment.decision();
    }

    /**
     * This self-check with every text a reader sees in the language of {@code texts} (from
     * {@code catalog.translations().texts(locale)}, possibly with a language pack): the assessment as
     * {@link Localized#of} writes it, each gap's finding from it, and the questions behind gaps and the unanswered
     * mandatory questions with their text, help, evidence expected and section in that language. Ids, statuses,
     * decisions, the answers given and the suggested answer codes stay as they are.
     */
    public SelfCheck in(Texts texts) {
        Objects.requireNonNull(texts, "texts");
        Assessment shown = Localized.of(assessment, texts);
        List<Gap> localizedGaps = gaps.stream().map(g -> new Gap(shown.finding(g.finding().requirementId()),
                g.suggestions().stream().map(s -> new Suggestion(Localized.question(s.question(), texts), s.current(),
                        s.suggestedValue())).toList(), g.statusIfFollowed(), g.decisionIfFollowed())).toList();
        return new SelfCheck(shown, localizedGaps,
                unansweredMandatory.stream().map(q -> Localized.question(q, texts)).toList(),
                decisionWithAllSuggestions);
    }

    /** Whether anything is left to do: a gap or an unanswered mandatory question. */
    public boolean hasWork() {
        return !gaps.isEmpty() || !unansweredMandatory.isEmpty();
    }

    /**
     * One gap and what would close it.
     *
     * @param finding              the finding as it stands
     * @param suggestions          the questions behind the requirement that the profile asks, in catalog order
     * @param statusIfFollowed     the requirement's status with every suggested answer given, or empty when no
     *                             question behind it has a single secure answer (dates, numbers, text: the
     *                             rationale says what is wanted)
     * @param decisionIfFollowed   the submission's decision then, or empty likewise
     */
    public record Gap(Finding finding, List<Suggestion> suggestions, Optional<Status> statusIfFollowed,
                      Optional<Decision> decisionIfFollowed) {
        public Gap {
            Objects.requireNonNull(finding, "finding");
            suggestions = List.copyOf(suggestions);
            Objects.requireNonNull(statusIfFollowed, "statusIfFollowed");
            Objects.requireNonNull(decisionIfFollowed, "decisionIfFollowed");
        }

        /**
         * Where in the questionnaire to act: the first answer behind the gap that was given, or empty when none
         * was (then the question is to be added).
         */
        public Optional<SourceLocation> location() {
            return suggestions.stream().flatMap(s -> s.current().stream()).map(Answer::location).findFirst();
        }
    }

    /**
     * One question behind a gap.
     *
     * @param question       the question
     * @param current        the answer given, or empty when unanswered
     * @param suggestedValue the answer that meets the requirement best, or empty where no single answer is secure
     *                       (dates, numbers, text)
     */
    public record Suggestion(Question question, Optional<Answer> current, String suggestedValue) {
        public Suggestion {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(current, "current");
            suggestedValue = suggestedValue == null ? "" : suggestedValue;
        }

        /** The evidence the question expects, or empty. */
        public String evidenceExpected() {
            return question.evidenceExpected();
        }
    }
}
