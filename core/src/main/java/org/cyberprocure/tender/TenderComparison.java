package org.cyberprocure.tender;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.Scoring;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Status;

/**
 * The offers of one lot side by side: the ranking, the requirement × offer matrix and the weight sensitivity of
 * the ranking, with every input's fate.
 *
 * <pre>{@code
 * List<Offer> offers = List.of(Offer.evaluated("a.json", a), Offer.evaluated("b.json", b));
 * TenderComparison comparison = TenderComparison.compare(offers, checker.catalog(), policy,
 *         SensitivitySettings.defaults());
 * }</pre>
 *
 * <p>How offers rank: offers that can be awarded (ACCEPT, ACCEPT_WITH_CONDITIONS) by score, then INCOMPLETE offers
 * (they cannot be judged until completed) by score, then REJECT offers by score; equal decision group and score
 * share a rank. Decisions are the policy's, never re-weighed: a failed knock-out rejects whatever the score.
 *
 * @param profile         the profile every ranked offer was evaluated against
 * @param policy          the policy in force ("name version")
 * @param catalogVersion  the catalog the offers were evaluated with
 * @param ranking         the evaluated offers, best first
 * @param matrix          the requirement × offer matrix by domain, offers in ranking order
 * @param sensitivity     how the ranking moves when the weights vary
 * @param inputs          every input with its fate, in the order given
 */
public record TenderComparison(Profile profile, String policy, String catalogVersion, List<RankingRow> ranking,
                               List<MatrixDomain> matrix, Sensitivity sensitivity, List<Offer> inputs) {

    /**
     * Checks the components and copies the lists.
     *
     * @param profile        the profile every ranked offer was evaluated against
     * @param policy         the policy in force ("name version")
     * @param catalogVersion the catalog the offers were evaluated with
     * @param ranking        the evaluated offers, best first
     * @param matrix         the requirement × offer matrix by domain, offers in ranking order
     * @param sensitivity    how the ranking moves when the weights vary
     * @param inputs         every input with its fate, in the order given
     * @throws NullPointerException when a component is {@code null}
     */
    public TenderComparison {
        Objects.requireNonNull(policy, "policy");
        ranking = List.copyOf(ranking);
        matrix = List.copyOf(matrix);
        Objects.requireNonNull(sensitivity, "sensitivity");
        inputs = List.copyOf(inputs);
    }

    /**
     * Compares evaluated assessments, named by their questionnaire ids, with the default sensitivity settings.
     *
     * @param assessments the assessments of one lot
     * @param catalog the catalog they were evaluated with
     * @param policy the policy they were scored under
     * @return the ranking, the requirement matrix and the sensitivity analysis
     */
    public static TenderComparison compare(List<Assessment> assessments, Catalog catalog, Policy policy) {
        return compare(assessments.stream().map(a -> Offer.evaluated(a.questionnaireId(), a)).toList(), catalog,
                policy, SensitivitySettings.defaults());
    }

    /**
     * Compares the offers of one lot.
     *
     * @param offers   every input, evaluated or not (those not evaluated are listed with their reason)
     * @param catalog  the catalog the offers were evaluated with
     * @param policy   the policy they were evaluated under
     * @param settings how the sensitivity analysis varies the weights
     * @return the ranking, the requirement matrix and the sensitivity analysis
     * @throws InputRejectedException when the evaluated offers are of more than one profile (reason
     *                                {@code WRONG_PROFILE}, one problem per offer not of the first offer's profile)
     * @throws ConfigurationException when an assessment was made under another policy or catalog version
     */
    public static TenderComparison compare(List<Offer> offers, Catalog catalog, Policy policy,
                                           SensitivitySettings settings) {
        Objects.requireNonNull(offers, "offers");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(settings, "settings");
        policy.checkAgainst(catalog);
        List<Offer> evaluated = offers.stream().filter(o -> o.fate() == Offer.Fate.EVALUATED).toList();
        checkComparable(evaluated, catalog, policy);

        List<String> labels = labels(evaluated);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < evaluated.size(); i++) {
            order.add(i);
        }
        RankKey[] keys = evaluated.stream().map(o -> RankKey.of(o.assessment().decision(),
                o.assessment().overallScore())).toArray(RankKey[]::new);
        // Stable: offers that tie keep the order they were given in.
        order.sort((x, y) -> keys[x].ahead(keys[y]) ? -1 : keys[y].ahead(keys[x]) ? 1 : 0);
        int[] ranks = RankKey.ranks(keys);

        List<RankingRow> ranking = new ArrayList<>();
        List<Assessment> ranked = new ArrayList<>();
        List<String> rankedLabels = new ArrayList<>();
        for (int i : order) {
            Offer offer = evaluated.get(i);
            ranking.add(row(ranks[i], labels.get(i), offer));
            ranked.add(offer.assessment());
            rankedLabels.add(labels.get(i));
        }
        List<String> domains = ranked.isEmpty() ? List.of()
                : ranked.get(0).domainScores().stream().map(DomainScore::domain).toList();
        Sensitivity sensitivity = new WeightSensitivity(ranked, rankedLabels, new Scoring(policy, catalog), policy,
                domains, settings).analyse();
        return new TenderComparison(ranked.isEmpty() ? null : ranked.get(0).profile(), policy.label(),
                catalog.version(), ranking, matrix(ranked, domains), sensitivity, offers);
    }

    /**
     * {@return the ranked offer with this name}
     *
     * @param offer the offer's name
     */
    public RankingRow row(String offer) {
        return ranking.stream().filter(r -> r.offer().equals(offer)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ranked offer " + offer));
    }

    private static void checkComparable(List<Offer> evaluated, Catalog catalog, Policy policy) {
        if (evaluated.isEmpty()) {
            return;
        }
        Profile first = evaluated.get(0).assessment().profile();
        List<Offer> others = evaluated.stream().filter(o -> o.assessment().profile() != first).toList();
        if (!others.isEmpty()) {
            Map<Profile, List<String>> byProfile = new LinkedHashMap<>();
            evaluated.forEach(o -> byProfile.computeIfAbsent(o.assessment().profile(), p -> new ArrayList<>())
                    .add(o.source()));
            String groups = byProfile.entrySet().stream()
                    .map(e -> e.getKey().id() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining("; "));
            throw new InputRejectedException(others.stream().map(o -> new InputRejectedException.Problem(
                    InputRejectedException.Reason.WRONG_PROFILE, SourceLocation.of(o.source()),
                    "profile " + o.assessment().profile().id() + ", but the lot's first offer "
                            + evaluated.get(0).source() + " is " + first.id() + ": offers of different profiles "
                            + "answer different requirements and cannot be ranked together; compare each profile "
                            + "separately. Profiles given: " + groups)).toList());
        }
        for (Offer o : evaluated) {
            if (!o.assessment().policy().equals(policy.label())) {
                throw new ConfigurationException("offer " + o.source() + " was evaluated under policy "
                        + o.assessment().policy() + ", not " + policy.label() + ": evaluate every offer under the"
                        + " policy the comparison uses");
            }
            if (!o.assessment().catalogVersion().equals(catalog.version())) {
                throw new ConfigurationException("offer " + o.source() + " was evaluated with catalog "
                        + o.assessment().catalogVersion() + ", not " + catalog.version());
            }
        }
    }

    /** The vendor's name; with the product, then the source, where two offers would share a name. */
    private static List<String> labels(List<Offer> offers) {
        List<String> labels = offers.stream().map(o -> o.assessment().vendor().name().strip()).toList();
        labels = disambiguate(labels, offers, o -> o.assessment().product().name().strip());
        return disambiguate(labels, offers, Offer::source);
    }

    private static List<String> disambiguate(List<String> labels, List<Offer> offers,
                                             java.util.function.Function<Offer, String> detail) {
        Map<String, Long> counts = labels.stream().collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(counts.get(labels.get(i)) > 1 ? labels.get(i) + " \u2014 " + detail.apply(offers.get(i))
                    : labels.get(i));
        }
        return out;
    }

    private static RankingRow row(int rank, String label, Offer offer) {
        Assessment a = offer.assessment();
        Map<Severity, Integer> gaps = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            gaps.put(s, 0);
        }
        a.findings().stream().filter(f -> f.status().isGap()).forEach(f -> gaps.merge(f.severity(), 1, Integer::sum));
        String product = a.product().name() + (a.product().version() == null || a.product().version().isBlank()
                ? "" : " " + a.product().version());
        return new RankingRow(rank, label, offer.source(), a.questionnaireId(), a.vendor().name(), product,
                a.asOf(), a.decision(), a.overallScore(),
                a.findings().stream().filter(Finding::knockOutHit).map(Finding::requirementId).toList(),
                a.findings().stream().filter(Finding::knockOutOpen).map(Finding::requirementId).toList(),
                gaps, a.domainScores());
    }

    /** Per domain, the requirements on which the offers differ first; catalog order within each group. */
    private static List<MatrixDomain> matrix(List<Assessment> ranked, List<String> domains) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        List<Map<String, Finding>> byId = new ArrayList<>();
        for (Assessment a : ranked) {
            Map<String, Finding> findings = new HashMap<>();
            a.findings().forEach(f -> findings.put(f.requirementId(), f));
            byId.add(findings);
        }
        List<MatrixDomain> matrix = new ArrayList<>();
        for (String domain : domains) {
            List<MatrixDomain.Row> rows = new ArrayList<>();
            for (Finding f : ranked.get(0).findings()) {
                if (!f.domain().equals(domain)) {
                    continue;
                }
                List<Status> statuses = byId.stream().map(m -> m.get(f.requirementId()))
                        .map(x -> x == null ? Status.NOT_APPLICABLE : x.status()).toList();
                rows.add(new MatrixDomain.Row(f.requirementId(), f.title(), f.severity(), f.knockOut(),
                        statuses.stream().distinct().count() > 1, statuses));
            }
            rows.sort(Comparator.comparing(r -> !r.differs())); // stable: catalog order within each group
            matrix.add(new MatrixDomain(domain, rows));
        }
        return matrix;
    }
}
