package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * What became of a waiver addressed to an assessed offer.
 *
 * @param waiver  the waiver
 * @param outcome applied, or why it was ignored
 * @param note    the reason in words (e.g. "expired on 2026-03-31, before the as-of date 2026-04-01")
 * @param noteMessage the note as a message, so a report can write it in its language; {@code null} when the note
 *                    was given as text only
 */
public record WaiverOutcome(Waiver waiver, Outcome outcome, String note, @JsonIgnore Message noteMessage) {

    /** Applied, or why not. */
    public enum Outcome {
        /** In force: the finding became {@link Status#RISK_ACCEPTED}. */
        APPLIED,
        /** Its expiry date lies before the as-of date. */
        EXPIRED,
        /** Accepted after the as-of date. */
        NOT_YET_IN_FORCE,
        /** For another product of the vendor, or a requirement the offer's profile does not have. */
        MISMATCHED,
        /** The requirement has no gap to accept (met, not applicable, or the hospital's own task). */
        NO_GAP,
        /** A binding-law knock-out the policy does not let the hospital waive. */
        NOT_ALLOWED_BY_POLICY
    }

    public WaiverOutcome {
        Objects.requireNonNull(waiver, "waiver");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
    }

    /** An outcome whose note is text only (not translatable). */
    public WaiverOutcome(Waiver waiver, Outcome outcome, String note) {
        this(waiver, outcome, note, null);
    }

    public boolean applied() {
        return outcome == Outcome.APPLIED;
    }
}
