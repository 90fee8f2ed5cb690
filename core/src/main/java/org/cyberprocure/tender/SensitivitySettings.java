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
    /** Monte-Carlo draws by default. */
    public static final int DEFAULT_DRAWS = 1_000;
    /** The random seed by default, so that the same inputs give the same analysis. */
    public static final long DEFAULT_SEED = 2026L;
    /** More draws add nothing an officer can read and cost time with 50 offers. */
    public static final int MAX_DRAWS = 100_000;

    /**
     * Checks the range and the number of draws.
     *
     * @param range the relative range every weight varies in: 0.25 tests each severity weight, each domain weight and
     *              the partial credit from 75 % to 125 % of the policy's value
     * @param draws Monte-Carlo draws, each varying every weight at once, independently and uniformly within the range
     * @param seed  the random seed of the draws: the same seed gives the same draws and the same result
     * @throws IllegalArgumentException when {@code range} is not strictly between 0 and 1, or {@code draws} is
     *                                  negative or above {@link #MAX_DRAWS}
     */
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

    /** {@return a range of ±25 %, {@link #DEFAULT_DRAWS} draws and the {@link #DEFAULT_SEED}} */
    public static SensitivitySettings defaults() {
        return new SensitivitySettings(DEFAULT_RANGE, DEFAULT_DRAWS, DEFAULT_SEED);
    }
}
