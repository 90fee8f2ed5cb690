package org.cyberprocure.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.Status;
import org.cyberprocure.spi.RulePack;

/**
 * The evaluator as it was before the performance work (commit 535a1fe), kept verbatim as the straightforward
 * reference the optimised {@link Evaluator} must match on every questionnaire.
 */
final class ReferenceEvaluator {
    private final Catalog catalog;
    private final RuleEngine engine;
    private final String rulePackName;
    private final String rulePackVersion;

    ReferenceEvaluator(Catalog catalog, RulePack pack) {
        this.catalog = catalog;
        this.engine = new RuleEngine(pack);
        this.rulePackName = pack.name();
        this.rulePackVersion = pack.version();
    }

    Assessment evaluate(Questionnaire questionnaire, EvaluationContext context) {
        EvaluationContext resolved = context.resolveFor(questionnaire);
        VerdictCollector collected = engine.run(questionnaire, resolved, catalog.translations().english());
        Map<String, Answer> answers = questionnaire.answersById();

        List<Finding> findings = new ArrayList<>();
        for (Requirement requirement : catalog.requirements(questionnaire.profile())) {
            findings.add(decide(requirement, questionnaire.profile(), collected, answers, resolved,
                    resolved.policy().isKnockOut(requirement), questionnaire.sboms()));
        }
        List<String> mandatory = catalog.questions(questionnaire.profile()).stream()
                .filter(Question::mandatory)
                .map(Question::id)
                .toList();
        List<String> missingMandatory = Evaluator.missingMandatory(mandatory, answers,
                Evaluator.rowsServed(catalog, questionnaire.profile(), mandatory), findings);
        List<ScopeNote> scopeNotes = collected.gates().stream().map(VerdictCollector.Gate::note)
                .sorted(Comparator.comparing(ScopeNote::gate)).toList(); // not in firing order: deterministic
        List<Contradiction> contradictions = contradictions(collected, questionnaire);
        Scoring.Result scores = new Scoring(resolved.policy(), catalog, catalog.translations().english()).score(
                catalog.domains(questionnaire.profile()), findings, missingMandatory, contradictions);

        return Assessment.builder().questionnaireId(questionnaire.id()).vendor(questionnaire.vendor())
                .product(questionnaire.product()).profile(questionnaire.profile()).asOf(resolved.asOf())
                .contractEnd(resolved.contractEnd()).catalogVersion(catalog.version()).rulePack(rulePackName)
                .rulePackVersion(rulePackVersion).decision(scores.decision()).decisionReasons(scores.reasons())
                .overallScore(scores.overall()).domainScores(scores.domains()).missingMandatory(missingMandatory)
                .scopeNotes(scopeNotes).findings(findings).contradictions(contradictions)
                .policy(resolved.policy().label()).answers(questionnaire.answers()).forms(questionnaire.forms())
                .sboms(questionnaire.sboms()).hospitalCountry(resolved.hospitalCountry())
                .requirementDigests(catalog.requirements(questionnaire.profile()).stream()
                        .collect(java.util.stream.Collectors.toMap(Requirement::id, RequirementDigest::of)))
                .build();
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

    private Finding decide(Requirement requirement, Profile profile, VerdictCollector collected,
                           Map<String, Answer> answers, EvaluationContext context, boolean knockOut,
                           List<?> sbomsSupplied) {
        List<VerdictCollector.Verdict> own = collected.verdicts().stream()
                .filter(v -> v.requirementId().equals(requirement.id())).toList();
        // The least favourable status wins; every verdict with that status gives its reason (Evaluator.combine).
        double least = own.stream().mapToDouble(v -> v.status().credit()).min().orElse(Double.NaN);
        List<VerdictCollector.Verdict> same = own.stream().filter(v -> v.status().credit() == least).toList();
        Optional<VerdictCollector.Verdict> verdict = same.isEmpty() ? Optional.empty()
                : Optional.of(Evaluator.combine(same));
        // Not applicable beats advisory, then the smallest gate id; notes change no row.
        Optional<VerdictCollector.Gate> gate = collected.gates().stream()
                .filter(g -> g.note().outcome() != ScopeNote.Outcome.NOTE)
                .filter(g -> requirement.inScopeOf(g.note().instrument()))
                .min(Comparator.<VerdictCollector.Gate, Boolean>comparing(
                                g -> g.note().outcome() != ScopeNote.Outcome.NOT_APPLICABLE)
                        .thenComparing(g -> g.note().gate()));

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
            VerdictCollector.Verdict v = Evaluator.supported(catalog, requirement, verdict.get(), context,
                    !sbomsSupplied.isEmpty());
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

    private static Finding finding(Requirement r, Status status, String rationale, List<Answer> answers,
                                   String rule, LegalForce force, boolean knockOut) {
        return new Finding(r.id(), r.title(), r.domain(), status, rationale, answers, rule, r.citation(), force,
                r.severity(), knockOut);
    }
}
