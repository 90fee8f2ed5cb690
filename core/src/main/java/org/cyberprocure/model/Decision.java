package org.cyberprocure.model;

/** The overall recommendation for an offer. */
public enum Decision {
    /** Every applicable requirement is met. */
    ACCEPT,
    /** No knock-out failed and the submission is complete, but gaps remain to close in the contract. */
    ACCEPT_WITH_CONDITIONS,
    /** At least one knock-out requirement is not met. */
    REJECT,
    /** Mandatory questions are unanswered; the offer cannot be judged yet. */
    INCOMPLETE
}
