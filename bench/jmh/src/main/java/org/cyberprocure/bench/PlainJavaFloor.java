package org.cyberprocure.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Status;

/**
 * The floor: the decisions of the synthetic pack's rules, written by hand in plain Java. Each requirement has
 * questions a, b, c, d (GenerateSyntheticPack): met when a is yes, b is yes with evidence and c is at most 30;
 * partially met when a is yes otherwise; not met when a is no; not answered when a is missing. The rule engine's
 * overhead is measured against this (OverheadBenchmark) and FloorAgreementTest keeps the two in step.
 */
public final class PlainJavaFloor {
    private final List<Requirement> requirements;

    public PlainJavaFloor(List<Requirement> requirements) {
        this.requirements = List.copyOf(requirements);
    }

    /** Status per requirement id, in catalog order. */
    public Map<String, Status> decide(Questionnaire questionnaire) {
        Map<String, Answer> answers = new java.util.HashMap<>(questionnaire.answers().size() * 2);
        for (Answer answer : questionnaire.answers()) {
            answers.put(answer.questionId(), answer);
        }
        Map<String, Status> decided = new LinkedHashMap<>(requirements.size() * 2);
        for (Requirement requirement : requirements) {
            decided.put(requirement.id(), decide(requirement.questions(), answers));
        }
        return decided;
    }

    private static Status decide(List<String> questions, Map<String, Answer> answers) {
        Answer a = answers.get(questions.get(0));
        if (a == null) {
            return Status.NOT_ANSWERED;
        }
        if (a.value().equals("no")) {
            return Status.NOT_MET;
        }
        if (!a.value().equals("yes")) {
            return Status.NOT_ANSWERED;
        }
        Answer b = answers.get(questions.get(1));
        Answer c = answers.get(questions.get(2));
        boolean full = b != null && b.value().equals("yes") && b.hasEvidence() && c != null && c.numberAtMost(30);
        return full ? Status.MET : Status.PARTIALLY_MET;
    }
}
