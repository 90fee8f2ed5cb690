package org.cyberprocure.tender;

/**
 * How a weight sensitivity analysis varies the policy.
 *
 * @param range the relative range every weight varies in: 0.25 tests each severity weight, each domain weight
 *              and the partial credit from 75 % to 125 % of the policy's value
 * @param draws Monte-Carlo draws, each varying every weight at once, independently and uniformly within the range
 * @param seed  the random seed of the draws: the same seed gives the same draws and the same result
 */
public record SensitivitySettings(double range, int draws, long seed) {
    /** ±25 %, 1,000 draws. */
    public static final double DEFAULT_RANGE = 0.25;
    public static final int DEFAULT_DRAWS = 1_000;
    public static final long DEFAULT_SEED = 2026L;
    /** More draws add nothing an officer can read and cost time with 50 offers. */
    public static final int MAX_DRAWS = 100_000;

    public SensitivitySettings {
        if (!(range > 0 && range < 1)) {
            throw new IllegalArgumentException("the sensitivity range must be above 0 and below 1 (e.g. 0.25 for"
                    + " ±25 %), not " + range);
        }
        if (draws < 0 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("Monte-Carlo draws must be between 0 and " + MAX_DRAWS + ", not "
                    + draws);
        }
    }

    public static SensitivitySettings defaults() {
        return new SensitivitySettings(DEFAULT_RANGE, DEFAULT_DRAWS, DEFAULT_SEED);
    }
}
