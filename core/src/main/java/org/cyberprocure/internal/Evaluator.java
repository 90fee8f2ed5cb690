package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.imports.CaiqReader;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.ConsistencyCheck;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Message;
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
    private final Texts english;

    /** The evidence a supplied SBOM document gives (question bank: {@code evidenceExpected}). */
    private static final String SBOM_FILE = "SBOM file";

    /** The least favourable verdict first; the rule name breaks ties. */
    private static final Comparator<VerdictCollector.Verdict> VERDICT_ORDER =
            Comparator.<VerdictCollector.Verdict>comparingDouble(v -> v.status().credit())
                    .thenComparing(VerdictCollector.Verdict::rule);

    /** What every evaluation of a profile needs from the catalog, computed once (the catalog is immutable). */
    private record ProfileView(List<Requirement> requirements, List<String> mandatoryQuestions,
                               List<String> domains, Map<String, List<String>> rowsServed,
                               Map<String, String> digests) {
        static ProfileView of(Catalog catalog, Profile profile) {
            List<String> mandatory = catalog.questions(profile).stream().filter(Question::mandatory)
                    .map(Question::id).toList();
            Map<String, String> digests = new HashMap<>();
            catalog.requirements(profile).forEach(r -> digests.put(r.id(), RequirementDigest.of(r)));
            return new ProfileView(catalog.requirements(profile), mandatory, catalog.domains(profile),
                    Evaluator.rowsServed(catalog, profile, mandatory), digests);
        }
    }

    /** Per question, the ids of the profile's requirements it serves. */
    static Map<String, List<String>> rowsServed(Catalog catalog, Profile profile, List<String> questions) {
        Map<String, List<String>> served = new HashMap<>();
        for (String q : questions) {
            served.put(q, catalog.requirementsServedBy(q).stream().filter(r -> r.appliesTo(profile))
                    .map(Requirement::id).toList());
        }
        return served;
    }

    /**
     * The mandatory questions left unanswered, except those that can no longer matter: a question whose every row
     * a scope gate took out (the CRA rows of an MDR device, say) is not asked for. A mandatory question that serves
     * no row (a scope question) is always asked for.
     */
    static List<String> missingMandatory(List<String> mandatory, Map<String, Answer> answers,
                                         Map<String, List<String>> rowsServed, List<Finding> findings) {
        Set<String> gatedOut = findings.stream().filter(f -> f.status() == Status.NOT_APPLICABLE)
                .map(Finding::requirementId).collect(Collectors.toSet());
        return mandatory.stream().filter(id -> !answers.containsKey(id))
                .filter(id -> {
                    List<String> rows = rowsServed.getOrDefault(id, List.of());
                    return rows.isEmpty() || !gatedOut.containsAll(rows);
                })
                .toList();
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
        this.english = catalog.translations().english();
    }

    public Assessment evaluate(Questionnaire questionnaire, EvaluationContext context) {
        EvaluationContext resolved = context.resolveFor(questionnaire);
        VerdictCollector collected = engine.run(questionnaire, resolved, english);
        Map<String, Answer> answers = questionnaire.answersById();
        Profile profile = questionnaire.profile();
        ProfileView view = views.get(profile);

        // Group once instead of scanning every verdict per requirement (was O(requirements × verdicts)).
        Map<String, VerdictCollector.Verdict> verdicts = leastFavourableVerdicts(collected.verdicts());
        Map<String, VerdictCollector.Gate> gates = strongestGatePerTarget(collected.gates());

        List<Finding> findings = new ArrayList<>(view.requirements().size());
        Map<String, String> digests = new HashMap<>();
        for (Requirement requirement : view.requirements()) {
            findings.add(decide(requirement, profile, verdicts.get(requirement.id()), gateFor(requirement, gates),
                    answers, resolved, resolved.policy().isKnockOut(requirement), !questionnaire.sboms().isEmpty()));
            digests.put(requirement.id(), view.digests().get(requirement.id()));
        }
        AcceptedRisks.Result accepted = AcceptedRisks.apply(findings, questionnaire, resolved);
        findings = accepted.findings();
        List<String> missingMandatory = missingMandatory(view.mandatoryQuestions(), answers, view.rowsServed(),
                findings);
        List<ScopeNote> scopeNotes = collected.gates().stream().map(VerdictCollector.Gate::note)
                .sorted(Comparator.comparing(ScopeNote::gate)).toList(); // not in firing order: deterministic
        List<Contradiction> contradictions = contradictions(collected, questionnaire);
        Scoring.Result scores = new Scoring(resolved.policy(), catalog, english).score(
                view.domains(), findings, missingMandatory, contradictions);

        return Assessment.builder().questionnaireId(questionnaire.id()).vendor(questionnaire.vendor())
                .product(questionnaire.product()).profile(profile).asOf(resolved.asOf())
                .contractEnd(resolved.contractEnd()).catalogVersion(catalog.version()).rulePack(rulePackName)
                .rulePackVersion(rulePackVersion).decision(scores.decision()).decisionReasons(scores.reasons())
                .decisionReasonMessages(scores.reasonMessages()).overallScore(scores.overall())
                .domainScores(scores.domains()).missingMandatory(missingMandatory).scopeNotes(scopeNotes)
                .findings(findings).contradictions(contradictions).scoringPolicy(resolved.policy())
                .answers(questionnaire.answers()).forms(questionnaire.forms()).sboms(questionnaire.sboms())
                .hospitalCountry(resolved.hospitalCountry()).waivers(accepted.outcomes()).requirementDigests(digests)
                .build();
    }

    /**
     * Per requirement, the least favourable verdict; when several rules reach that same status, one verdict that
     * gives every reason (in rule-name order) and every deciding answer, so no reason hides behind another. Firing
     * order never matters.
     */
    private static Map<String, VerdictCollector.Verdict> leastFavourableVerdicts(
            List<VerdictCollector.Verdict> verdicts) {
        Map<String, List<VerdictCollector.Verdict>> least = new HashMap<>();
        for (VerdictCollector.Verdict v : verdicts) {
            List<VerdictCollector.Verdict> kept = least.computeIfAbsent(v.requirementId(), k -> new ArrayList<>());
            if (kept.isEmpty() || v.status().credit() == kept.get(0).status().credit()) {
                kept.add(v);
            } else if (v.status().credit() < kept.get(0).status().credit()) {
                kept.clear();
                kept.add(v);
            }
        }
        Map<String, VerdictCollector.Verdict> combined = new HashMap<>();
        least.forEach((id, same) -> combined.put(id, combine(same)));
        return combined;
    }

    static VerdictCollector.Verdict combine(List<VerdictCollector.Verdict> same) {
        if (same.size() == 1) {
            return same.get(0);
        }
        List<VerdictCollector.Verdict> ordered = same.stream().sorted(VERDICT_ORDER).toList();
        VerdictCollector.Verdict first = ordered.get(0);
        // One reason per distinct text, in the order above, as one message ("first second ...").
        Map<String, Message> reasons = new LinkedHashMap<>();
        ordered.forEach(v -> reasons.putIfAbsent(v.rationale(), v.message()));
        return new VerdictCollector.Verdict(first.requirementId(), first.rule(), first.status(),
                String.join(" ", reasons.keySet()),
                ordered.stream().flatMap(v -> v.answers().stream()).distinct().toList(),
                reasons.values().stream().reduce((a, b) -> Message.of("finding.and", a, b)).orElseThrow(),
                first.english());
    }

    /**
     * The one rule for evidence, applied to every row: a MET verdict stands only on answers that can carry it.
     * It becomes PARTIALLY_MET when a deciding answer's question expects evidence and none is named (vendor-form
     * answers name none: they are self-declarations), when a binding-law row would rest on a CAIQ answer (an
     * organisation-wide statement, not this offer's commitment), or when a past event is dated after the as-of
     * date. A supplied SBOM is the evidence of the questions that expect an SBOM file.
     */
    static VerdictCollector.Verdict supported(Catalog catalog, Requirement requirement, VerdictCollector.Verdict v,
                                              EvaluationContext context, boolean sbomSupplied) {
        if (v.status() != Status.MET) {
            return v;
        }
        List<String> problems = new ArrayList<>();
        List<Message> problemMessages = new ArrayList<>();
        List<String> unevidenced = v.answers().stream()
                .filter(a -> !Answer.NOT_APPLICABLE.equals(a.value()) && !a.hasEvidence())
                .filter(a -> catalog.question(a.questionId())
                        .filter(q -> q.expectsEvidence() && !(sbomSupplied && SBOM_FILE.equals(q.evidenceExpected())))
                        .isPresent())
                .map(a -> a.questionId() + " (" + catalog.question(a.questionId()).get().evidenceExpected() + ")")
                .distinct().toList();
        if (!unevidenced.isEmpty()) {
            problems.add("Claimed, not evidenced: no document is named for " + String.join(", ", unevidenced) + ".");
            problemMessages.add(Message.of("finding.notEvidenced", v.answers().stream()
                    .filter(a -> !Answer.NOT_APPLICABLE.equals(a.value()) && !a.hasEvidence())
                    .map(a -> catalog.question(a.questionId())
                            .filter(q -> q.expectsEvidence()
                                    && !(sbomSupplied && SBOM_FILE.equals(q.evidenceExpected())))
                            .map(q -> Message.of("finding.notEvidenced.item", q.id(),
                                    Message.withFallback("q." + q.id() + ".evidence", q.evidenceExpected())))
                            .orElse(null))
                    .filter(Objects::nonNull).distinct().toList()));
        }
        List<String> caiq = v.answers().stream().filter(a -> a.mapped() && CaiqReader.FORM.equals(a.origin().form()))
                .map(a -> a.origin().describe()).distinct().toList();
        if (requirement.legalForce() == LegalForce.BINDING_LAW && !caiq.isEmpty()) {
            problems.add("Self-declared in the vendor's CAIQ (" + String.join("; ", caiq) + "), which describes "
                    + "the provider's organisation-wide controls: a binding requirement needs the vendor's own answer"
                    + " for this offer, with evidence.");
            problemMessages.add(Message.of("finding.caiqSelfDeclared", String.join("; ", caiq)));
        }
        List<Answer> future = v.answers().stream()
                .filter(a -> catalog.question(a.questionId()).map(Question::pastEvent).orElse(false))
                .filter(a -> a.dateOnOrAfter(context.asOf().plusDays(1))).distinct().toList();
        if (!future.isEmpty()) {
            problems.add("A past event dated after the as-of date " + context.asOf() + " cannot evidence it: "
                    + future.stream().map(Answer::describe).distinct().collect(Collectors.joining(", ")) + ".");
            problemMessages.add(Message.of("finding.futureEvent", context.asOf(),
                    future.stream().map(Evaluator::described).distinct().toList()));
        }
        if (problems.isEmpty()) {
            return v;
        }
        Message message = v.message();
        for (Message problem : problemMessages) {
            message = Message.of("finding.and", message, problem);
        }
        return new VerdictCollector.Verdict(v.requirementId(), v.rule(), Status.PARTIALLY_MET,
                v.rationale() + " " + String.join(" ", problems), v.answers(), message, v.english());
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
                        clash.rule(), check.severity(), clash.items(), clash.text()));
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
                           boolean knockOut, boolean sbomSupplied) {
        Optional<VerdictCollector.Verdict> verdict = Optional.ofNullable(leastVerdict);
        Optional<VerdictCollector.Gate> gate = Optional.ofNullable(firstGate);

        if (gate.isPresent()) {
            ScopeNote note = gate.get().note();
            LegalForce force = note.outcome() == ScopeNote.Outcome.ADVISORY_BENCHMARK
                    ? LegalForce.ADVISORY : requirement.legalForce();
            Message reason = reasonOf(note);
            Message rationale = verdict.map(v -> Message.of("finding.benchmarkOnly", reason, v.message()))
                    .orElse(reason);
            List<Answer> decisive = Stream.concat(note.answers().stream(),
                    verdict.map(VerdictCollector.Verdict::answers).orElse(List.of()).stream()).distinct().toList();
            return finding(requirement, Status.NOT_APPLICABLE, rationale, decisive, gate.get().rule(), force, knockOut);
        }
        LegalForce force = requirement.legalForce();
        UnaryOperator<Message> inForce = UnaryOperator.identity();
        if (requirement.effectiveFrom() != null && context.asOf().isBefore(requirement.effectiveFrom())
                && force == LegalForce.BINDING_LAW) {
            force = LegalForce.ADVISORY;
            inForce = m -> Message.of("finding.notYetInForce", m, requirement.effectiveFrom(), context.asOf());
        }
        if (verdict.isPresent()) {
            VerdictCollector.Verdict v = supported(catalog, requirement, verdict.get(), context, sbomSupplied);
            List<Answer> blamed = v.status().isGap() ? blamedAnswers(requirement, v, answers) : List.of();
            if (!blamed.isEmpty() && blamed.stream().allMatch(a -> a.responsibility() != Responsibility.VENDOR)) {
                return finding(requirement, Status.HOSPITAL_RESPONSIBILITY, Message.of("finding.hospitalsControl",
                        inForce.apply(v.message()), blamed.stream()
                                .map(a -> a.origin().describe() + ": " + a.responsibility())
                                .distinct().collect(Collectors.joining("; "))),
                        Stream.concat(v.answers().stream(), blamed.stream()).distinct().toList(), v.rule(), force,
                        knockOut);
            }
            return finding(requirement, v.status(), inForce.apply(v.message()), v.answers(), v.rule(), force,
                    knockOut);
        }
        // Only the questions of this questionnaire's profile: a requirement shared by both profiles may name
        // questions the vendor never saw.
        List<String> unanswered = requirement.questions().stream()
                .filter(q -> catalog.question(q).map(x -> x.belongsTo(profile)).orElse(false))
                .filter(q -> !answers.containsKey(q)).toList();
        List<Answer> given = requirement.questions().stream().filter(answers::containsKey).map(answers::get)
                .toList();
        Message rationale = unanswered.isEmpty()
                ? Message.of("finding.undecided", given.stream().map(Evaluator::described).toList())
                : Message.of("finding.notAnswered", unanswered);
        return finding(requirement, Status.NOT_ANSWERED, inForce.apply(rationale), given, "", force, knockOut);
    }

    /** {@code QUESTION-ID = value}, with the value in the report's language. */
    static Message described(Answer answer) {
        return Message.of("answer.is", answer.questionId(), answer);
    }

    /** A scope note's reason as a message (a note made in code has its text only). */
    private static Message reasonOf(ScopeNote note) {
        return note.reasonMessage() != null ? note.reasonMessage() : Texts.literal(note.reason());
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

    private Finding finding(Requirement r, Status status, Message rationale, List<Answer> answers,
                            String rule, LegalForce force, boolean knockOut) {
        String text;
        try {
            text = english.format(rationale);
        } catch (ConfigurationException e) { // a key missing from the bundles: the rule pack's error
            throw new ConfigurationException("rule '" + rule + "': " + e.getMessage(), e);
        }
        return new Finding(r.id(), r.title(), r.domain(), status, text, answers, rule, r.citation(), force,
                r.severity(), knockOut, rationale);
    }
}
