package org.cyberprocure.model;

import java.util.Objects;

/**
 * The weighted score of one report domain.
 *
 * @param domain        the domain
 * @param score         percentage 0–100 of the weight earned, one decimal; {@code null} when every
 *                      requirement of the domain is not applicable
 * @param met           number of requirements met
 * @param partiallyMet  number partially met
 * @param notMet        number not met
 * @param notAnswered   number not answered
 * @param notApplicable number not applicable
 */
public record DomainScore(String domain, Double score, int met, int partiallyMet, int notMet, int notAnswered,
                          int notApplicable) {
    /**
     * Checks the components; see the type description for their meaning.
     *
     * @param domain        the domain
     * @param score         percentage 0–100 of the weight earned, one decimal; {@code null} when every requirement of
     *                      the domain is not applicable
     * @param met           number of requirements met
     * @param partiallyMet  number partially met
     * @param notMet        number not met
     * @param notAnswered   number not answered
     * @param notApplicable number not applicable
     */
    public DomainScore {
        Objects.requireNonNull(domain, "domain");
    }
}
