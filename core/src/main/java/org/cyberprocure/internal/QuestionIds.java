package org.cyberprocure.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;

/** Suggestions for mistyped question ids: the profile's nearest id, when it is only a typo away. */
final class QuestionIds {
    /** Up to this many edits, or a third of the id's length when that is less, a mistyped id is recognisable. */
    private static final int MAX_EDITS = 3;

    private QuestionIds() {
    }

    static Optional<String> nearest(Catalog catalog, Profile profile, String typed) {
        if (typed.isEmpty() || typed.length() > 64) {
            return Optional.empty();
        }
        String wanted = typed.toUpperCase(Locale.ROOT).replace('_', '-').strip();
        int limit = Math.max(1, Math.min(MAX_EDITS, wanted.length() / 3));
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        record Candidate(String id, int edits) {
        }
        return catalog.questions(profile).stream().map(Question::id)
                .map(id -> new Candidate(id, distance.apply(wanted, id)))
                .filter(c -> c.edits() >= 0)
                .min(Comparator.comparingInt(Candidate::edits).thenComparing(Candidate::id))
                .map(Candidate::id);
    }
}
