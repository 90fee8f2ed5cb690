package org.cyberprocure.tender;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import org.cyberprocure.model.Assessment;

/**
 * One input of a comparison and what became of it, so that a comparison lists every input, not only those it
 * could rank.
 *
 * @param source     the input's name as the caller knows it (a file name)
 * @param fate       what became of it
 * @param assessment the assessment when evaluated, else {@code null} (not written to JSON: the ranking carries
 *                   what the comparison uses of it)
 * @param reason     why it was not evaluated; empty when evaluated
 */
public record Offer(String source, Fate fate, @JsonIgnore Assessment assessment, String reason) {

    /** What became of an input. */
    public enum Fate {
        /** Read and evaluated: it is ranked. */
        EVALUATED,
        /** Read, but refused as invalid (the reason says where and what). */
        INVALID,
        /** Could not be read at all (missing, unreadable, not a questionnaire). */
        NOT_READ
    }

    /**
     * Checks that an offer carries an assessment exactly when it was evaluated; a missing reason becomes empty text.
     *
     * @param source     the input's name as the caller knows it (a file name)
     * @param fate       what became of it
     * @param assessment the assessment when evaluated, else {@code null} (not written to JSON: the ranking carries
     *                   what the comparison uses of it)
     * @param reason     why it was not evaluated; empty when evaluated
     * @throws NullPointerException     when {@code source} or {@code fate} is {@code null}
     * @throws IllegalArgumentException when the fate is {@code EVALUATED} but there is no assessment, or the reverse
     */
    public Offer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fate, "fate");
        reason = reason == null ? "" : reason;
        if ((fate == Fate.EVALUATED) != (assessment != null)) {
            throw new IllegalArgumentException("an offer has an assessment exactly when it was evaluated: " + source);
        }
    }

    /**
     * An offer that was read and evaluated.
     *
     * @param source the offer's file or name
     * @param assessment its assessment
     * @return the offer
     */
    public static Offer evaluated(String source, Assessment assessment) {
        return new Offer(source, Fate.EVALUATED, Objects.requireNonNull(assessment, "assessment"), "");
    }

    /**
     * An offer that was read but refused (e.g. a questionnaire that breaks the format).
     *
     * @param source the offer's file or name
     * @param reason why it was refused, for the officer
     * @return the offer
     */
    public static Offer invalid(String source, String reason) {
        return new Offer(source, Fate.INVALID, null, reason);
    }

    /**
     * An offer whose file could not be read at all.
     *
     * @param source the offer's file or name
     * @param reason why it could not be read
     * @return the offer
     */
    public static Offer notRead(String source, String reason) {
        return new Offer(source, Fate.NOT_READ, null, reason);
    }
}
