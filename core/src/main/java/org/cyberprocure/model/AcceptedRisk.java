package org.cyberprocure.model;

import java.util.Objects;

/**
 * Why a finding is {@link Status#RISK_ACCEPTED}: the status the rules gave it (the finding's rationale is theirs,
 * unchanged) and the hospital's waiver.
 *
 * @param originalStatus  the gap as judged: partially met, not met or not answered
 * @param waiver          the waiver in force
 * @param bindingKnockOut true when a knock-out of binding law was waived (only if the policy allows it)
 */
public record AcceptedRisk(Status originalStatus, Waiver waiver, boolean bindingKnockOut) {
    /**
     * Checks that a gap, and only a gap, is accepted.
     *
     * @param originalStatus  the gap as judged: partially met, not met or not answered
     * @param waiver          the waiver in force
     * @param bindingKnockOut true when a knock-out of binding law was waived (only if the policy allows it)
     * @throws NullPointerException     when {@code originalStatus} or {@code waiver} is {@code null}
     * @throws IllegalArgumentException when {@code originalStatus} is not a gap
     */
    public AcceptedRisk {
        Objects.requireNonNull(originalStatus, "originalStatus");
        Objects.requireNonNull(waiver, "waiver");
        if (!originalStatus.isGap()) {
            throw new IllegalArgumentException("only a gap can be accepted as a risk, not " + originalStatus);
        }
    }
}
