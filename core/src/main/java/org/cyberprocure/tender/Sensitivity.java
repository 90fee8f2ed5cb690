package org.cyberprocure.tender;

import java.util.List;
import java.util.Objects;

/**
 * How the ranking changes when the policy's weights vary: one weight at a time to each end of the range, and
 * all at once in Monte-Carlo draws with a fixed seed.
 *
 * @param settings     the range, the number of draws and the seed
 * @param parameters   the weights varied (their policy values), in the order tested
 * @param scenarios    the one-at-a-time variations, each with the first place and the pairs it reverses
 * @param standings    per offer, in ranking order: the share of draws in which it ranks first and the best and
 *                     worst rank it reaches in any tested weighting
 * @param flips        the pairs of offers whose order some tested weighting reverses, most often reversed first
 * @param winnerHolds  whether the offer ranked first under the policy stays first (alone) in every tested weighting
 * @param rankingHolds whether no tested weighting reverses any pair of the ranking
 */
public record Sensitivity(SensitivitySettings settings, List<Variation> parameters, List<Scenario> scenarios,
                          List<Standing> standings, List<PairFlip> flips, boolean winnerHolds,
                          boolean rankingHolds) {

    /**
     * Checks the components and copies the lists.
     *
     * @param settings     the range, the number of draws and the seed
     * @param parameters   the weights varied (their policy values), in the order tested
     * @param scenarios    the one-at-a-time variations, each with the first place and the pairs it reverses
     * @param standings    per offer, in ranking order: the share of draws in which it ranks first and the best and
     *                     worst rank it reaches in any tested weighting
     * @param flips        the pairs of offers whose order some tested weighting reverses, most often reversed first
     * @param winnerHolds  whether the offer ranked first under the policy stays first (alone) in every tested
     *                     weighting
     * @param rankingHolds whether no tested weighting reverses any pair of the ranking
     * @throws NullPointerException when {@code settings} or a list is {@code null}
     */
    public Sensitivity {
        Objects.requireNonNull(settings, "settings");
        parameters = List.copyOf(parameters);
        scenarios = List.copyOf(scenarios);
        standings = List.copyOf(standings);
        flips = List.copyOf(flips);
    }

    /**
     * One weight varied alone.
     *
     * @param variation the weight and its value
     * @param first     the offers ranked first under it (several when tied)
     * @param reversed  how many pairs of the ranking it reverses
     */
    public record Scenario(Variation variation, List<String> first, int reversed) {
        /**
         * Copies the list of leading offers.
         *
         * @param variation the weight and its value
         * @param first     the offers ranked first under it (several when tied)
         * @param reversed  how many pairs of the ranking it reverses
         * @throws NullPointerException when {@code variation} or {@code first} is {@code null}
         */
        public Scenario {
            Objects.requireNonNull(variation, "variation");
            first = List.copyOf(first);
        }
    }

    /**
     * One offer across the tested weightings.
     *
     * @param offer      the offer
     * @param rank       its rank under the policy
     * @param firstShare the share of Monte-Carlo draws (0–1) in which it ranks first; a tie for first counts as a
     *                   share of that draw
     * @param bestRank   the best rank it reaches in any tested weighting
     * @param worstRank  the worst rank it reaches in any tested weighting
     */
    public record Standing(String offer, int rank, double firstShare, int bestRank, int worstRank) {
    }

    /**
     * A pair of offers whose order some weighting reverses.
     *
     * @param ahead      the offer ranked ahead under the policy
     * @param behind     the offer ranked behind it
     * @param drawShare  the share of Monte-Carlo draws (0–1) in which {@code behind} ranks ahead
     * @param byOneWeight the one-at-a-time variations that reverse the pair
     * @param example    when only a combination reverses it: the largest deviations of the reversing draw that
     *                   stays closest to the policy (at most three); empty otherwise
     */
    public record PairFlip(String ahead, String behind, double drawShare, List<Variation> byOneWeight,
                           List<Variation> example) {
        /**
         * Copies the lists.
         *
         * @param ahead       the offer ranked ahead under the policy
         * @param behind      the offer ranked behind it
         * @param drawShare   the share of Monte-Carlo draws (0–1) in which {@code behind} ranks ahead
         * @param byOneWeight the one-at-a-time variations that reverse the pair
         * @param example     when only a combination reverses it: the largest deviations of the reversing draw that
         *                    stays closest to the policy (at most three); empty otherwise
         * @throws NullPointerException when a list is {@code null}
         */
        public PairFlip {
            byOneWeight = List.copyOf(byOneWeight);
            example = List.copyOf(example);
        }
    }
}
