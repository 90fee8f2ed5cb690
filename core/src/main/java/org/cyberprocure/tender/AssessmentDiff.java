package org.cyberprocure.tender;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.Status;

/**
 * What changed between two assessments of one offer, typically a submission and the vendor's resubmission after a
 * clarification round: every requirement whose status changed with the answers that caused it, the contradictions
 * that appeared or were closed, the score and the decision, and the conditions of award now satisfied. A
 * requirement whose definition changed in the rule pack (its digest differs, see
 * {@link Assessment#requirementDigests()}) or that is new in it is marked as such, not as the vendor's change.
 *
 * <pre>{@code
 * AssessmentDiff diff = AssessmentDiff.between(checker.evaluate(first, context), checker.evaluate(second, context));
 * diff.changes().forEach(c -> System.out.println(c.requirementId() + " " + c.before() + " -> " + c.after()));
 * }</pre>
 *
 * @param previous             the earlier assessment, summarised
 * @param current              the later assessment, summarised
 * @param notes                what the reader must know before trusting the comparison (other vendor, other
 *                             catalog, other as-of date or policy), in English; empty when both were made alike;
 *                             {@link #noteMessages()} gives them in any language
 * @param changes              requirements whose status changed, appeared or disappeared, in the current
 *                             assessment's catalog order (then those only the previous one had)
 * @param conditionsSatisfied  ids of requirements that were gaps (conditions of award, open or partial knock-outs)
 *                             and are now met or out of scope
 * @param newGaps              ids of requirements that were not gaps and now are
 * @param newContradictions    contradictions only the current assessment has
 * @param closedContradictions contradictions only the previous assessment had
 * @param unchanged            how many requirements kept their status
 */
public record AssessmentDiff(Side previous, Side current, List<String> notes, List<RequirementChange> changes,
                             List<String> conditionsSatisfied, List<String> newGaps,
                             List<Contradiction> newContradictions, List<Contradiction> closedContradictions,
                             int unchanged) {

    /** Why a requirement's status changed. */
    public enum Cause {
        /** The vendor's answers or evidence (answers, evidence references, SBOMs) changed. */
        VENDOR_ANSWERS,
        /** The requirement's definition changed in the rule pack. */
        RULE_PACK,
        /** The requirement is new in the rule pack. */
        NEW_IN_RULE_PACK,
        /** The requirement is no longer in the rule pack. */
        REMOVED_FROM_RULE_PACK,
        /** A waiver of the hospital applies now, or no longer. */
        WAIVER,
        /** Neither answers nor rule pack changed: the as-of date, contract end, policy or hospital country did. */
        CONTEXT
    }

    /**
     * One assessment, summarised for the comparison.
     *
     * @param questionnaireId the questionnaire's id
     * @param vendor          the vendor's name
     * @param product         the product's name
     * @param asOf            the as-of date
     * @param catalogVersion  the catalog version
     * @param rulePack        the rule pack's name and version
     * @param policy          the policy's label
     * @param decision        the decision
     * @param score           the overall score, or {@code null}
     */
    public record Side(String questionnaireId, String vendor, String product, String asOf, String catalogVersion,
                       String rulePack, String policy, Decision decision, Double score) {
        static Side of(Assessment a) {
            return new Side(a.questionnaireId(), a.vendor().name(), a.product().name(), a.asOf().toString(),
                    a.catalogVersion(), a.rulePack() + " " + a.rulePackVersion(), a.policy(), a.decision(),
                    a.overallScore());
        }
    }

    /**
     * One answer that differs between the two assessments.
     *
     * @param questionId     the question
     * @param before         the earlier value, or {@code null} when not answered
     * @param after          the later value, or {@code null} when not answered
     * @param evidenceBefore the evidence the earlier answer named
     * @param evidenceAfter  the evidence the later answer names
     */
    public record AnswerChange(String questionId, String before, String after, List<String> evidenceBefore,
                               List<String> evidenceAfter) {
        public AnswerChange {
            Objects.requireNonNull(questionId, "questionId");
            evidenceBefore = List.copyOf(evidenceBefore);
            evidenceAfter = List.copyOf(evidenceAfter);
        }

        /** e.g. {@code REMOTE-MFA: no -> yes [pentest-2026.pdf]}. */
        public String describe() {
            return questionId + ": " + value(before, evidenceBefore) + " \u2192 " + value(after, evidenceAfter);
        }

        private static String value(String value, List<String> evidence) {
            return (value == null ? "(not answered)" : value)
                    + (evidence.isEmpty() ? "" : " [" + String.join(", ", evidence) + "]");
        }
    }

    /**
     * A requirement whose status changed.
     *
     * @param requirementId       the requirement
     * @param title               its title (the current one, else the previous)
     * @param before              its earlier status, or {@code null} when it is new in the rule pack
     * @param after               its later status, or {@code null} when it left the rule pack
     * @param cause               why
     * @param answers             the deciding answers (of either assessment) that differ; may be non-empty even when
     *                            the cause is the rule pack
     * @param knockOut            whether it is a knock-out criterion (now, else before)
     * @param rationaleBefore     the earlier rationale, or empty
     * @param rationaleAfter      the later rationale, or empty
     */
    public record RequirementChange(String requirementId, String title, Status before, Status after, Cause cause,
                                    List<AnswerChange> answers, boolean knockOut, String rationaleBefore,
                                    String rationaleAfter) {
        public RequirementChange {
            Objects.requireNonNull(requirementId, "requirementId");
            Objects.requireNonNull(cause, "cause");
            answers = List.copyOf(answers);
        }

        /** True when the vendor, not the rule pack, the hospital or the context, made the difference. */
        public boolean vendorsChange() {
            return cause == Cause.VENDOR_ANSWERS;
        }
    }

    public AssessmentDiff {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        notes = List.copyOf(notes);
        changes = List.copyOf(changes);
        conditionsSatisfied = List.copyOf(conditionsSatisfied);
        newGaps = List.copyOf(newGaps);
        newContradictions = List.copyOf(newContradictions);
        closedContradictions = List.copyOf(closedContradictions);
    }

    /** The change of the overall score in points, or {@code null} when either has none. */
    public Double scoreChange() {
        return previous.score() == null || current.score() == null ? null
                : Math.round(10 * (current.score() - previous.score())) / 10.0;
    }

    /** Whether the decision changed. */
    public boolean decisionChanged() {
        return previous.decision() != current.decision();
    }

    /**
     * Compares two assessments of the same offer.
     *
     * @throws IllegalArgumentException when they are of different profiles: their requirements cannot be compared
     */
    public static AssessmentDiff between(Assessment previous, Assessment current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        if (previous.profile() != current.profile()) {
            throw new IllegalArgumentException("cannot compare a " + previous.profile().id() + " assessment with a "
                    + current.profile().id() + " one: their requirements differ");
        }
        Side sidePrevious = Side.of(previous);
        Side sideCurrent = Side.of(current);
        Texts english = Translations.labelsOnly().english();
        List<String> notes = noteMessages(sidePrevious, sideCurrent).stream().map(english::format).toList();
        Map<String, Finding> before = byId(previous.findings());
        Map<String, Finding> after = byId(current.findings());
        Set<String> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        Map<String, Answer> answersBefore = answersById(previous);
        Map<String, Answer> answersAfter = answersById(current);
        boolean sbomsChanged = !previous.sboms().equals(current.sboms());
        boolean contextChanged = !previous.asOf().equals(current.asOf())
                || !Objects.equals(previous.contractEnd(), current.contractEnd())
                || !previous.policy().equals(current.policy())
                || !Objects.equals(previous.hospitalCountry(), current.hospitalCountry());

        List<RequirementChange> changes = new ArrayList<>();
        List<String> satisfied = new ArrayList<>();
        List<String> newGaps = new ArrayList<>();
        int unchanged = 0;
        for (String id : ids) {
            Finding b = before.get(id);
            Finding a = after.get(id);
            if (b != null && a != null && b.status() == a.status() && b.judgedStatus() == a.judgedStatus()) {
                unchanged++;
                continue;
            }
            List<AnswerChange> answerChanges = answerChanges(b, a, answersBefore, answersAfter);
            Cause cause;
            if (b == null) {
                cause = Cause.NEW_IN_RULE_PACK;
            } else if (a == null) {
                cause = Cause.REMOVED_FROM_RULE_PACK;
            } else if (definitionChanged(id, previous, current)) {
                cause = Cause.RULE_PACK;
            } else if (b.judgedStatus() == a.judgedStatus()) {
                cause = Cause.WAIVER;
            } else if (!answerChanges.isEmpty() || sbomsChanged) {
                cause = Cause.VENDOR_ANSWERS;
            } else {
                cause = contextChanged ? Cause.CONTEXT : Cause.RULE_PACK;
            }
            Finding shown = a != null ? a : b;
            changes.add(new RequirementChange(id, shown.title(), b == null ? null : b.status(),
                    a == null ? null : a.status(), cause, answerChanges, shown.knockOut(),
                    b == null ? "" : b.rationale(), a == null ? "" : a.rationale()));
            if (b != null && a != null && b.status().isGap() && !a.status().isGap()
                    && a.status() != Status.RISK_ACCEPTED) {
                satisfied.add(id);
            }
            if (a != null && a.status().isGap() && (b == null || !b.status().isGap())) {
                newGaps.add(id);
            }
        }
        Map<String, Contradiction> contradictionsBefore = contradictions(previous);
        Map<String, Contradiction> contradictionsAfter = contradictions(current);
        return new AssessmentDiff(sidePrevious, sideCurrent, notes, changes, satisfied, newGaps,
                contradictionsAfter.entrySet().stream().filter(e -> !contradictionsBefore.containsKey(e.getKey()))
                        .map(Map.Entry::getValue).toList(),
                contradictionsBefore.entrySet().stream().filter(e -> !contradictionsAfter.containsKey(e.getKey()))
                        .map(Map.Entry::getValue).toList(),
                unchanged);
    }

    /**
     * The rule pack changed the requirement when both assessments recorded its digest and they differ. An older
     * assessment without digests, made with another catalog version, cannot tell: the change is put down to the
     * rule pack rather than to the vendor.
     */
    private static boolean definitionChanged(String id, Assessment previous, Assessment current) {
        String b = previous.requirementDigests().get(id);
        String a = current.requirementDigests().get(id);
        if (b != null && a != null) {
            return !b.equals(a);
        }
        return !previous.catalogVersion().equals(current.catalogVersion());
    }

    /**
     * What the reader must know before trusting the comparison, as messages to write in any language (keys
     * {@code diff.note.*} of the library's {@code tender} bundle); {@link #notes()} holds them in English.
     */
    public List<Message> noteMessages() {
        return noteMessages(previous, current);
    }

    private static List<Message> noteMessages(Side previous, Side current) {
        List<Message> notes = new ArrayList<>();
        if (!previous.vendor().equalsIgnoreCase(current.vendor())) {
            notes.add(Message.of("diff.note.vendors", previous.vendor(), current.vendor()));
        }
        if (!previous.catalogVersion().equals(current.catalogVersion())
                || !previous.rulePack().equals(current.rulePack())) {
            notes.add(Message.of("diff.note.rulePack", previous.catalogVersion(), current.catalogVersion(),
                    previous.rulePack(), current.rulePack()));
        }
        if (!previous.asOf().equals(current.asOf())) {
            notes.add(Message.of("diff.note.asOf", date(previous.asOf()), date(current.asOf())));
        }
        if (!previous.policy().equals(current.policy())) {
            notes.add(Message.of("diff.note.policy", previous.policy(), current.policy()));
        }
        return notes;
    }

    /** An ISO date as a date, so each language writes it in its form; anything else as given. */
    private static Object date(String isoDate) {
        try {
            return LocalDate.parse(isoDate);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    /** The deciding answers of either finding whose value or evidence differs between the two submissions. */
    private static List<AnswerChange> answerChanges(Finding before, Finding after, Map<String, Answer> answersBefore,
                                                    Map<String, Answer> answersAfter) {
        Set<String> questions = new TreeSet<>();
        if (before != null) {
            before.answers().forEach(x -> questions.add(x.questionId()));
        }
        if (after != null) {
            after.answers().forEach(x -> questions.add(x.questionId()));
        }
        List<AnswerChange> changes = new ArrayList<>();
        for (String q : questions) {
            Answer b = answersBefore.get(q);
            Answer a = answersAfter.get(q);
            String valueBefore = b == null ? null : b.value();
            String valueAfter = a == null ? null : a.value();
            List<String> evidenceBefore = b == null ? List.of() : b.evidence();
            List<String> evidenceAfter = a == null ? List.of() : a.evidence();
            if (!Objects.equals(valueBefore, valueAfter) || !evidenceBefore.equals(evidenceAfter)) {
                changes.add(new AnswerChange(q, valueBefore, valueAfter, evidenceBefore, evidenceAfter));
            }
        }
        return changes;
    }

    private static Map<String, Finding> byId(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        findings.forEach(f -> map.put(f.requirementId(), f));
        return map;
    }

    private static Map<String, Answer> answersById(Assessment assessment) {
        Map<String, Answer> map = new LinkedHashMap<>();
        assessment.answers().forEach(x -> map.putIfAbsent(x.questionId(), x));
        return map;
    }

    /** Keyed by check and the questions involved, in the assessment's order. */
    private static Map<String, Contradiction> contradictions(Assessment assessment) {
        Map<String, Contradiction> map = new LinkedHashMap<>();
        for (Contradiction c : assessment.contradictions()) {
            map.putIfAbsent(c.checkId() + " " + new TreeSet<>(c.answers().stream().map(Answer::questionId).toList()),
                    c);
        }
        return map;
    }
}
