package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.ConsistencyCheck;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Responsibility;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.Status;
import org.cyberprocure.spi.RulePack;

/**
 * Turns what the rules recorded into an {@link Assessment}. Rules only state verdicts; combining them happens
 * here, in plain Java, so the outcome never depends on rule firing order (see docs/adr/0002).
 */
public final class Evaluator {
    private final Catalog catalog;
    private final RuleEngine engine;
    private final String rulePackName;
    private final String rulePackVersion;
    private final Map<Profile, ProfileView> views;

    /** The least favourable verdict first; the rule name breaks ties. */
    private static final Comparator<VerdictCollector.Verdict> VERDICT_ORDER =
            Comparator.<VerdictCollector.Verdict>comparingDouble(v -> v.status().credit())
                    .thenComparing(VerdictCollector.Verdict::rule);

    /** What every evaluation of a profile needs from the catalog, computed once (the catalog is immutable). */
    private record ProfileView(List<Requirement> requirements, List<String> mandatoryQuestions,
                               List<String> domains) {
        static ProfileView of(Catalog catalog, Profile profile) {
            return new ProfileView(catalog.requirements(profile),
                    catalog.questions(profile).stream().filter(Question::mandatory).map(Question::id).toList(),
                    catalog.domains(profile));
        }
    }

    /** The engine is loaded by the caller (concurrently with the catalog, see ComplianceChecker). */
    public Evaluator(Catalog catalog, RuleEngine engine, RulePack pack) {
        this.catalog = catalog;
        this.engine = engine;
        this.rulePackName = pack.name();
        this.rulePackVersion = pack.version();
        Map<Profile, ProfileView> byProfile = new EnumMap<>(Profile.class);
        for (Profile profile : Profile.values()) {
            byProfile.put(profile, ProfileView.of(catalog, profile));
        }
        this.views = byProfile;
    }

    public Assessment evaluate(Questionnaire questionnaire, EvaluationContext context) {
        EvaluationContext resolved = context.resolveFor(questionnaire);
        VerdictCollector collected = engine.run(questionnaire, resolved);
        Map<String, Answer> answers = questionnaire.answersById();
        Profile profile = questionnaire.profile();
        ProfileView view = views.get(profile);

        // Group once instead of scanning every verdict per requirement (was O(requirements × verdicts)).
        Map<String, VerdictCollector.Verdict> verdicts = leastFavourableVerdicts(collected.verdicts());
        Map<String, VerdictCollector.Gate> gates = strongestGatePerTarget(collected.gates());

        List<Finding> findings = new ArrayList<>(view.requirements().size());
        for (Requirement requirement : view.requirements()) {
            findings.add(decide(requirement, profile, verdicts.get(requirement.id()), gateFor(requirement, gates),
                    answers, resolved, resolved.policy().isKnockOut(requirement)));
        }
        List<String> missingMandatory = view.mandatoryQuestions().stream()
                .filter(id -> !answers.containsKey(id))
                .toList();
        List<ScopeNote> scopeNotes = collected.gates().stream().map(VerdictCollector.Gate::note)
                .sorted(Comparator.comparing(ScopeNote::gate)).toList(); // not in firing order: deterministic
        List<Contradiction> contradictions = contradictions(collected, questionnaire);
        Scoring.Result scores = new Scoring(resolved.policy(), catalog).score(
                view.domains(), findings, missingMandatory, contradictions);

        return new Assessment(questionnaire.id(), questionnaire.vendor(), questionnaire.product(),
                profile, resolved.asOf(), resolved.contractEnd(), catalog.version(),
                rulePackName, rulePackVersion, scores.decision(), scores.reasons(), scores.overall(),
                scores.domains(), missingMandatory, scopeNotes, findings, contradictions,
                resolved.policy().label(), questionnaire.answers(), questionnaire.forms(), questionnaire.sboms());
    }

    /** Per requirement, the least favourable verdict; the rule name breaks ties, so firing order never matters. */
    private static Map<String, VerdictCollector.Verdict> leastFavourableVerdicts(
            List<VerdictCollector.Verdict> verdicts) {
        Map<String, VerdictCollector.Verdict> least = new HashMap<>();
        for (VerdictCollector.Verdict v : verdicts) {
            least.merge(v.requirementId(), v, (kept, next) -> VERDICT_ORDER.compare(next, kept) < 0 ? next : kept);
        }
        return least;
    }

    /** Not applicable beats advisory; then the smaller gate id; a note changes no row. */
    private static final Comparator<VerdictCollector.Gate> GATE_ORDER =
            Comparator.<VerdictCollector.Gate, Boolean>comparing(g -> g.note().outcome() != ScopeNote.Outcome.NOT_APPLICABLE)
                    .thenComparing(g -> g.note().gate());

    /**
     * Per target (instrument or scope group), the strongest gate (see {@link #GATE_ORDER}); among equals the first
     * recorded is kept. Notes are left out: they change no row.
     */
    static Map<String, VerdictCollector.Gate> strongestGatePerTarget(List<VerdictCollector.Gate> gates) {
        Map<String, VerdictCollector.Gate> strongest = new HashMap<>();
        for (VerdictCollector.Gate g : gates) {
            if (g.note().outcome() != ScopeNote.Outcome.NOTE) {
                strongest.merge(g.note().instrument(), g,
                        (kept, next) -> GATE_ORDER.compare(next, kept) < 0 ? next : kept);
            }
        }
        return strongest;
    }

    /** The strongest gate aimed at the requirement's instrument or one of its scope groups, or {@code null}. */
    static VerdictCollector.Gate gateFor(Requirement requirement, Map<String, VerdictCollector.Gate> gates) {
        VerdictCollector.Gate chosen = gates.get(requirement.citation().instrument());
        for (String group : requirement.scopeGroups()) {
            VerdictCollector.Gate g = gates.get(group);
            if (g != null && (chosen == null || GATE_ORDER.compare(g, chosen) < 0)) {
                chosen = g;
            }
        }
        return chosen;
    }

    private List<Contradiction> contradictions(VerdictCollector collected, Questionnaire questionnaire) {
        List<Contradiction> found = new ArrayList<>();
        for (VerdictCollector.Clash clash : collected.clashes()) {
            ConsistencyCheck check = catalog.consistencyCheck(clash.checkId()).orElseThrow(() ->
                    new ConfigurationException("rule '" + clash.rule() + "' reports consistency check "
                            + clash.checkId() + ", which the catalog does not contain"));
            if (check.appliesTo(questionnaire.profile())) {
                found.add(new Contradiction(check.id(), check.title(), clash.message(), clash.answers(),
                        clash.rule(), check.severity(), clash.items()));
            }
        }
        // Check order, then rule name: never firing order, so the assessment is deterministic.
        return found.stream().distinct()
                .sorted(Comparator.comparing(Contradiction::checkId).thenComparing(Contradiction::rule)
                        .thenComparing(Contradiction::message))
                .toList();
    }

    private Finding decide(Requirement requirement, Profile profile, VerdictCollector.Verdict leastVerdict,
                           VerdictCollector.Gate firstGate, Map<String, Answer> answers, EvaluationContext context,
                           boolean knockOut) {
        Optional<VerdictCollector.Verdict> verdict = Optional.ofNullable(leastVerdict);
        Optional<VerdictCollector.Gate> gate = Optional.ofNullable(firstGate);

        if (gate.isPresent()) {
            ScopeNote note = gate.get().note();
            LegalForce force = note.outcome() == ScopeNote.Outcome.ADVISORY_BENCHMARK
                    ? LegalForce.ADVISORY : requirement.legalForce();
            String rationale = note.reason() + verdict.map(v -> " Benchmark only: " + v.rationale()).orElse("");
            List<Answer> decisive = Stream.concat(note.answers().stream(),
                    verdict.map(VerdictCollector.Verdict::answers).orElse(List.of()).stream()).distinct().toList();
            return finding(requirement, Status.NOT_APPLICABLE, rationale, decisive, gate.get().rule(), force, knockOut);
        }
        LegalForce force = requirement.legalForce();
        String notYetInForce = "";
        if (requirement.effectiveFrom() != null && context.asOf().isBefore(requirement.effectiveFrom())
                && force == LegalForce.BINDING_LAW) {
            force = LegalForce.ADVISORY;
            notYetInForce = " (Binding only from " + requirement.effectiveFrom() + "; advisory on "
                    + context.asOf() + ".)";
        }
        if (verdict.isPresent()) {
            VerdictCollector.Verdict v = verdict.get();
            List<Answer> blamed = v.status().isGap() ? blamedAnswers(requirement, v, answers) : List.of();
            if (!blamed.isEmpty() && blamed.stream().allMatch(a -> a.responsibility() != Responsibility.VENDOR)) {
                return finding(requirement, Status.HOSPITAL_RESPONSIBILITY, v.rationale() + notYetInForce
                        + " The vendor's form declares this control the hospital's or shared ("
                        + blamed.stream().map(a -> a.origin().describe() + ": " + a.responsibility())
                                .distinct().collect(Collectors.joining("; "))
                        + "), so the gap is the hospital's to close, not the vendor's.",
                        Stream.concat(v.answers().stream(), blamed.stream()).distinct().toList(), v.rule(), force,
                        knockOut);
            }
            return finding(requirement, v.status(), v.rationale() + notYetInForce, v.answers(), v.rule(), force, knockOut);
        }
        // Only the questions of this questionnaire's profile: a requirement shared by both profiles may name
        // questions the vendor never saw.
        List<String> unanswered = requirement.questions().stream()
                .filter(q -> catalog.question(q).map(x -> x.belongsTo(profile)).orElse(false))
                .filter(q -> !answers.containsKey(q)).toList();
        List<Answer> given = requirement.questions().stream().filter(answers::containsKey).map(answers::get)
                .toList();
        String rationale = unanswered.isEmpty()
                ? "The answers given do not decide this requirement: "
                        + given.stream().map(Answer::describe).collect(Collectors.joining(", ")) + "."
                : "Not answered: " + String.join(", ", unanswered) + ".";
        return finding(requirement, Status.NOT_ANSWERED, rationale + notYetInForce, given, "", force, knockOut);
    }

    /**
     * The answers a gap is owed to: the requirement's answers that differ from their question's secure answer (a
     * rule stating "not X = yes" does not list the X = no answer it reacts to), else the rule's deciding answers.
     */
    private List<Answer> blamedAnswers(Requirement requirement, VerdictCollector.Verdict verdict,
                                       Map<String, Answer> answers) {
        List<Answer> insecure = requirement.questions().stream().map(answers::get).filter(Objects::nonNull)
                .filter(a -> catalog.question(a.questionId())
                        .map(q -> !q.secureAnswer().isEmpty() && !q.secureAnswer().equals(a.value())).orElse(false))
                .toList();
        return insecure.isEmpty() ? verdict.answers() : insecure;
    }

    private static Finding finding(Requirement r, Status status, String rationale, List<Answer> answers,
                                   String rule, LegalForce force, boolean knockOut) {
        return new Finding(r.id(), r.title(), r.domain(), status, rationale, answers, rule, r.citation(), force,
                r.severity(), knockOut);
    }
}
