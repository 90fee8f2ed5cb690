package org.cyberprocure.tender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cyberprocure.Policy;
import org.cyberprocure.internal.Scoring;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Severity;

/**
 * Re-scores the offers with the project's own {@link Scoring} under varied weights and sees how the ranking moves.
 * Decision rules stay as the policy says (a failed knock-out still rejects; a score pushed below the policy's
 * minimum rejects), so an offer can change group, not only score.
 */
final class WeightSensitivity {
    private final List<Assessment> offers;
    private final List<String> labels;
    private final Scoring scoring;
    private final Policy policy;
    private final SensitivitySettings settings;
    private final List<Variation> parameters = new ArrayList<>();

    /**
     * @param offers the evaluated offers, in ranking order
     * @param labels their names, in the same order
     */
    WeightSensitivity(List<Assessment> offers, List<String> labels, Scoring scoring, Policy policy,
                      List<String> domains, SensitivitySettings settings) {
        this.offers = offers;
        this.labels = labels;
        this.scoring = scoring;
        this.policy = policy;
        this.settings = settings;
        Set<Severity> used = new LinkedHashSet<>();
        Arrays.stream(Severity.values()).filter(s -> offers.stream().flatMap(a -> a.findings().stream())
                .map(Finding::severity).anyMatch(s::equals)).forEach(used::add);
        used.forEach(s -> parameters.add(new Variation(Variation.Weight.SEVERITY, s.name(), 1,
                policy.severityWeights().get(s))));
        // A domain no offer is scored in (every requirement not applicable) has no weight to vary.
        domains.stream().filter(d -> offers.stream().flatMap(a -> a.findings().stream())
                        .anyMatch(f -> f.domain().equals(d) && f.status().isScored()))
                .forEach(d -> parameters.add(new Variation(Variation.Weight.DOMAIN, d, 1, 1)));
        parameters.add(new Variation(Variation.Weight.PARTIAL_CREDIT, "partial credit", 1, policy.partialCredit()));
    }

    Sensitivity analyse() {
        int n = offers.size();
        RankKey[] base = keys(ones());
        int[] baseRanks = RankKey.ranks(base);
        int[] best = baseRanks.clone();
        int[] worst = baseRanks.clone();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (base[i].ahead(base[j])) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        int baseWinner = uniqueFirst(baseRanks);
        boolean winnerHolds = baseWinner >= 0;
        Map<Integer, List<Variation>> byOneWeight = new HashMap<>();
        int[] reversedDraws = new int[pairs.size()];
        double[][] closestDraw = new double[pairs.size()][];

        List<Sensitivity.Scenario> scenarios = new ArrayList<>();
        for (int k = 0; k < parameters.size(); k++) {
            for (double factor : new double[] {1 - settings.range(), 1 + settings.range()}) {
                double[] factors = ones();
                factors[k] = factor;
                RankKey[] keys = keys(factors);
                int[] ranks = RankKey.ranks(keys);
                widen(ranks, best, worst);
                winnerHolds &= uniqueFirst(ranks) == baseWinner;
                Variation variation = varied(k, factor);
                int reversed = 0;
                for (int p = 0; p < pairs.size(); p++) {
                    if (keys[pairs.get(p)[1]].ahead(keys[pairs.get(p)[0]])) {
                        reversed++;
                        byOneWeight.computeIfAbsent(p, x -> new ArrayList<>()).add(variation);
                    }
                }
                scenarios.add(new Sensitivity.Scenario(variation, firsts(ranks), reversed));
            }
        }

        double[] firstShare = new double[n];
        Random random = new Random(settings.seed()); // java.util.Random: the same sequence on every Java platform
        for (int draw = 0; draw < settings.draws(); draw++) {
            double[] factors = new double[parameters.size()];
            for (int k = 0; k < factors.length; k++) {
                factors[k] = 1 - settings.range() + 2 * settings.range() * random.nextDouble();
            }
            RankKey[] keys = keys(factors);
            int[] ranks = RankKey.ranks(keys);
            widen(ranks, best, worst);
            winnerHolds &= uniqueFirst(ranks) == baseWinner;
            long tiedFirst = Arrays.stream(ranks).filter(r -> r == 1).count();
            for (int i = 0; i < n; i++) {
                if (ranks[i] == 1) {
                    firstShare[i] += 1.0 / tiedFirst;
                }
            }
            for (int p = 0; p < pairs.size(); p++) {
                if (keys[pairs.get(p)[1]].ahead(keys[pairs.get(p)[0]])) {
                    reversedDraws[p]++;
                    if (closestDraw[p] == null || deviation(factors) < deviation(closestDraw[p])) {
                        closestDraw[p] = factors;
                    }
                }
            }
        }

        List<Sensitivity.Standing> standings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            standings.add(new Sensitivity.Standing(labels.get(i), baseRanks[i],
                    share(firstShare[i]), best[i], worst[i]));
        }
        List<Sensitivity.PairFlip> flips = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            List<Variation> single = byOneWeight.getOrDefault(p, List.of());
            if (single.isEmpty() && reversedDraws[p] == 0) {
                continue;
            }
            flips.add(new Sensitivity.PairFlip(labels.get(pairs.get(p)[0]), labels.get(pairs.get(p)[1]),
                    share(reversedDraws[p]), single,
                    single.isEmpty() ? largestDeviations(closestDraw[p]) : List.of()));
        }
        // Most often reversed first; then the pairs that one weight alone reverses; ties keep ranking order.
        flips.sort(Comparator.comparingDouble((Sensitivity.PairFlip f) -> -f.drawShare())
                .thenComparing(f -> -f.byOneWeight().size()));
        return new Sensitivity(settings, parameters, scenarios, standings, flips, winnerHolds, flips.isEmpty());
    }

    private RankKey[] keys(double[] factors) {
        Scoring.Weighting weighting = weighting(factors);
        RankKey[] keys = new RankKey[offers.size()];
        for (int i = 0; i < keys.length; i++) {
            Scoring.Result result = scoring.rescore(offers.get(i), weighting);
            keys[i] = RankKey.of(result.decision(), result.overall());
        }
        return keys;
    }

    private Scoring.Weighting weighting(double[] factors) {
        Map<Severity, Double> severity = new EnumMap<>(Severity.class);
        Map<String, Double> domain = new HashMap<>();
        Double partialCredit = null;
        for (int k = 0; k < factors.length; k++) {
            Variation p = parameters.get(k);
            switch (p.weight()) {
                case SEVERITY -> severity.put(Severity.valueOf(p.name()), factors[k]);
                case DOMAIN -> domain.put(p.name(), factors[k]);
                case PARTIAL_CREDIT -> partialCredit = Math.min(1, policy.partialCredit() * factors[k]);
            }
        }
        return new Scoring.Weighting(severity, domain, partialCredit);
    }

    private Variation varied(int k, double factor) {
        Variation p = parameters.get(k);
        double value = p.weight() == Variation.Weight.PARTIAL_CREDIT ? Math.min(1, p.value() * factor)
                : p.value() * factor;
        return new Variation(p.weight(), p.name(), round(factor, 1000), round(value, 1000));
    }

    /** The three weights a draw moves furthest from the policy, largest first. */
    private List<Variation> largestDeviations(double[] factors) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < factors.length; k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble(k -> -Math.abs(factors[k] - 1)));
        return order.stream().limit(3).map(k -> varied(k, factors[k])).toList();
    }

    private List<String> firsts(int[] ranks) {
        List<String> first = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] == 1) {
                first.add(labels.get(i));
            }
        }
        return first;
    }

    private double[] ones() {
        double[] factors = new double[parameters.size()];
        Arrays.fill(factors, 1);
        return factors;
    }

    /** A count of draws as a share of all draws, to four decimals (the JSON stays readable). */
    private double share(double draws) {
        return settings.draws() == 0 ? 0 : round(draws / settings.draws(), 10_000);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    private static double deviation(double[] factors) {
        return Arrays.stream(factors).map(f -> Math.abs(f - 1)).max().orElse(0);
    }

    /** The one offer ranked first, or -1 when several share the first rank. */
    private static int uniqueFirst(int[] ranks) {
        int first = -1;
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] == 1) {
                if (first >= 0) {
                    return -1;
                }
                first = i;
            }
        }
        return first;
    }

    private static void widen(int[] ranks, int[] best, int[] worst) {
        for (int i = 0; i < ranks.length; i++) {
            best[i] = Math.min(best[i], ranks[i]);
            worst[i] = Math.max(worst[i], ranks[i]);
        }
    }
}
