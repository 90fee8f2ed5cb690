package org.cyberprocure.model;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * @param forms     the vendor forms (MDS2, CAIQ) the answers were mapped from, if any
 * @param sboms     software bills of materials handed in with the answers, if any
 */
public record Questionnaire(String id, Profile profile, LocalDate submitted, Vendor vendor, Product product,
                            List<Answer> answers, List<ImportedForm> forms, List<SbomEvidence> sboms) {

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(product, "product");
        answers = List.copyOf(answers);
        forms = List.copyOf(forms);
        sboms = List.copyOf(sboms);
        if (id.isBlank()) {
            throw new IllegalArgumentException("questionnaire id is blank");
        }
    }

    /** A questionnaire answered directly, without vendor forms or SBOM. */
    public Questionnaire(String id, Profile profile, LocalDate submitted, Vendor vendor, Product product,
                         List<Answer> answers) {
        this(id, profile, submitted, vendor, product, answers, List.of(), List.of());
    }

    /** The same answers with an SBOM added as evidence. */
    public Questionnaire withSbom(SbomEvidence sbom) {
        List<SbomEvidence> more = new ArrayList<>(sboms);
        more.add(Objects.requireNonNull(sbom, "sbom"));
        return new Questionnaire(id, profile, submitted, vendor, product, answers, forms, more);
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
