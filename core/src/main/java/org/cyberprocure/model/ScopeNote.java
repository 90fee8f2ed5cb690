package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a scope gate: an instrument, or a group of rows, that does not bind this offer; or a note on
 * scope that changes no row.
 *
 * @param gate       the gate id, e.g. {@code GATE-01}
 * @param instrument the instrument affected, e.g. {@code CRA}, or a scope group of rows, e.g.
 *                   {@code GDPR-PROCESSOR} (see {@link Requirement#scopeGroups()})
 * @param outcome    whether its requirements become advisory benchmarks or drop out entirely
 * @param reason     why, citing the scope provision
 * @param answers    the answers that decided it
 * @param reasonMessage the reason as a message key with arguments, or {@code null} when given as text only
 */
public record ScopeNote(String gate, String instrument, Outcome outcome, String reason, List<Answer> answers,
                        @JsonIgnore Message reasonMessage) {

    /** What a scope gate does to the requirements of its instrument. */
    public enum Outcome {
        /** Requirements are reported as {@link Status#NOT_APPLICABLE} with legal force ADVISORY. */
        ADVISORY_BENCHMARK,
        /** Requirements are reported as {@link Status#NOT_APPLICABLE}. */
        NOT_APPLICABLE,
        /**
         * An interpretation the reader needs (e.g. which parts of a mixed offer stay under the CRA); no row changes.
         */
        NOTE
    }

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param gate          the gate id, e.g. {@code GATE-01}
     * @param instrument    the instrument affected, e.g. {@code CRA}, or a scope group of rows, e.g. {@code
     *                      GDPR-PROCESSOR} (see {@link Requirement#scopeGroups()})
     * @param outcome       whether its requirements become advisory benchmarks or drop out entirely
     * @param reason        why, citing the scope provision
     * @param answers       the answers that decided it
     * @param reasonMessage the reason as a message key with arguments, or {@code null} when given as text only
     */
    public ScopeNote {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        answers = List.copyOf(answers);
    }

    /**
     * A scope note whose reason is text only (not translatable).
     *
     * @param gate       the gate id, e.g. {@code GATE-01}
     * @param instrument the instrument affected, e.g. {@code CRA}, or a scope group of rows, e.g. {@code
     *                   GDPR-PROCESSOR} (see {@link Requirement#scopeGroups()})
     * @param outcome    whether its requirements become advisory benchmarks or drop out entirely
     * @param reason     why, citing the scope provision
     * @param answers    the answers that decided it
     */
    public ScopeNote(String gate, String instrument, Outcome outcome, String reason, List<Answer> answers) {
        this(gate, instrument, outcome, reason, answers, null);
    }
}
