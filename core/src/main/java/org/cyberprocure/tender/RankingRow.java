package org.cyberprocure.tender;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Severity;

/**
 * One evaluated offer in the ranking.
 *
 * @param rank            1 for the best; offers with the same decision group and score share a rank
 * @param offer           the offer's name in this comparison: the vendor, with the product or the source added
 *                        when two offers would otherwise share it
 * @param source          the input it was read from
 * @param questionnaireId the questionnaire's id
 * @param vendor          the vendor's name
 * @param product         the product's name and version
 * @param asOf            the date the offer was evaluated as of
 * @param decision        the decision under the policy
 * @param score           the overall score, or {@code null} when nothing applicable was scored
 * @param failedKnockOuts knock-out requirements not met (each rejects the offer)
 * @param openKnockOuts   knock-out requirements not answered (the offer cannot be judged until they are)
 * @param gapsBySeverity  requirements not fully met (partly met, not met, not answered), by severity
 * @param domainScores    the score per domain, in catalog order
 */
public record RankingRow(int rank, String offer, String source, String questionnaireId, String vendor,
                         String product, LocalDate asOf, Decision decision, Double score,
                         List<String> failedKnockOuts, List<String> openKnockOuts,
                         Map<Severity, Integer> gapsBySeverity, List<DomainScore> domainScores) {
    /**
     * Copies the lists and keeps the gaps in severity order, so that JSON output is the same on every run.
     *
     * @param rank            1 for the best; offers with the same decision group and score share a rank
     * @param offer           the offer's name in this comparison: the vendor, with the product or the source added
     *                        when two offers would otherwise share it
     * @param source          the input it was read from
     * @param questionnaireId the questionnaire's id
     * @param vendor          the vendor's name
     * @param product         the product's name and version
     * @param asOf            the date the offer was evaluated as of
     * @param decision        the decision under the policy
     * @param score           the overall score, or {@code null} when nothing applicable was scored
     * @param failedKnockOuts knock-out requirements not met (each rejects the offer)
     * @param openKnockOuts   knock-out requirements not answered (the offer cannot be judged until they are)
     * @param gapsBySeverity  requirements not fully met (partly met, not met, not answered), by severity
     * @param domainScores    the score per domain, in catalog order
     * @throws NullPointerException when {@code offer}, {@code decision} or a collection is {@code null}
     */
    public RankingRow {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(decision, "decision");
        failedKnockOuts = List.copyOf(failedKnockOuts);
        openKnockOuts = List.copyOf(openKnockOuts);
        // An EnumMap keeps severity order, so the JSON is the same on every run.
        gapsBySeverity = Collections.unmodifiableMap(new EnumMap<>(gapsBySeverity));
        domainScores = List.copyOf(domainScores);
    }

    /**
     * {@return gaps of one severity}
     *
     * @param severity the severity
     */
    public int gaps(Severity severity) {
        return gapsBySeverity.getOrDefault(severity, 0);
    }
}
