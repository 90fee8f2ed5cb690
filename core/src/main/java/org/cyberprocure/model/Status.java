package org.cyberprocure.model;

/** The verdict on one requirement. */
public enum Status {
    /** The answers show the requirement is met: full credit. */
    MET(1.0),
    /** The answers show it is met in part: the policy's partial credit. */
    PARTIALLY_MET(0.5),
    /** The answers show it is not met: no credit. */
    NOT_MET(0.0),
    /** Out of scope for this offer (scope gate); excluded from scores. */
    NOT_APPLICABLE(Double.NaN),
    /** The vendor did not give the answers needed to decide; scored as no credit. */
    NOT_ANSWERED(0.0),
    /**
     * The vendor's form declares the control the hospital's own (e.g. CSC-owned or shared in a CAIQ): not the
     * vendor's gap, so excluded from the vendor's score; the report lists it as the hospital's task.
     */
    HOSPITAL_RESPONSIBILITY(Double.NaN),
    /**
     * A gap the hospital accepted as a risk under a waiver in force on the as-of date (reason, compensating control,
     * who accepted it, until when). The finding keeps its original status and rationale
     * ({@link Finding#acceptedRisk()}); the policy decides the credit it earns (docs/adr/0016).
     */
    RISK_ACCEPTED(0.0);

    private final double credit;

    Status(double credit) {
        this.credit = credit;
    }

    /** {@return the share of the requirement's weight earned (NaN for statuses that are not scored)} */
    public double credit() {
        return credit;
    }

    /** {@return whether the status counts in the vendor's score; a status whose credit is {@code NaN} does not} */
    public boolean isScored() {
        return !Double.isNaN(credit);
    }

    /**
     * {@return whether the status leaves a gap the vendor or the contract has to close: partially met, not met or not
     * answered}
     */
    public boolean isGap() {
        return this == PARTIALLY_MET || this == NOT_MET || this == NOT_ANSWERED;
    }
}
