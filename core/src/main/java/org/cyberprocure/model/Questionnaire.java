package org.cyberprocure.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A vendor's answers for one offer, in one profile.
 *
 * @param id        the questionnaire's own identifier (tender or submission reference)
 * @param profile   the profile the answers belong to
 * @param submitted the submission date; the default as-of date of an evaluation
 * @param vendor    who answers
 * @param product   what is offered
 * @param answers   the answers, at most one per question, in the order read
 */
public record Questionnaire(String id, Profile profile, LocalDate submitted, Vendor vendor, Product product,
                            List<Answer> answers) {

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(product, "product");
        answers = List.copyOf(answers);
        if (id.isBlank()) {
            throw new IllegalArgumentException("questionnaire id is blank");
        }
    }

    /** The answer to a question, if given. */
    public Optional<Answer> answer(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }

    /** Answers by question id (first wins; readers reject duplicates before this is used). */
    public Map<String, Answer> answersById() {
        Map<String, Answer> byId = new HashMap<>();
        answers.forEach(a -> byId.putIfAbsent(a.questionId(), a));
        return byId;
    }
}
