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

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
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

    /**
     * A questionnaire answered directly, without vendor forms or SBOM.
     *
     * @param id        the questionnaire's own identifier (tender or submission reference)
     * @param profile   the profile the answers belong to
     * @param submitted the submission date; the default as-of date of an evaluation
     * @param vendor    who answers
     * @param product   what is offered
     * @param answers   the answers, at most one per question, in the order read
     */
    public Questionnaire(String id, Profile profile, LocalDate submitted, Vendor vendor, Product product,
                         List<Answer> answers) {
        this(id, profile, submitted, vendor, product, answers, List.of(), List.of());
    }

    /**
     * {@return the same answers with an SBOM added as evidence}
     *
     * @param sbom the SBOM read as evidence
     */
    public Questionnaire withSbom(SbomEvidence sbom) {
        List<SbomEvidence> more = new ArrayList<>(sboms);
        more.add(Objects.requireNonNull(sbom, "sbom"));
        return new Questionnaire(id, profile, submitted, vendor, product, answers, forms, more);
    }

    /**
     * {@return the answer to a question, if given}
     *
     * @param questionId a question id of the bank
     */
    public Optional<Answer> answer(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }

    /** {@return answers by question id (first wins; readers reject duplicates before this is used)} */
    public Map<String, Answer> answersById() {
        Map<String, Answer> byId = new HashMap<>();
        answers.forEach(a -> byId.putIfAbsent(a.questionId(), a));
        return byId;
    }

    /**
     * Starts a questionnaire built in code, e.g. by an ERP or vendor portal:
     *
     * <pre>{@code
     * Questionnaire q = Questionnaire.builder("TENDER-2026-17", Profile.CLOUD_MIGRATION)
     *         .submitted(LocalDate.of(2026, 3, 1))
     *         .vendor("Acme Health Cloud GmbH", "DE", "security@acme.example")
     *         .product("Acme Records", "5.2", ProductKind.CLOUD_SERVICE)
     *         .answer("CLD-DATA-LOCATION", "EEA_ONLY", "Frankfurt and Amsterdam", "DPA annex 3")
     *         .answer("CLD-BACKUP", "yes")
     *         .build();
     * }</pre>
     *
     * Answers are located by the JSON pointer they would have in a file ({@code /answers/0}, ...), so
     * {@link org.cyberprocure.ComplianceChecker#evaluate}, which validates a built questionnaire like a file,
     * reports problems where a reader of the JSON form would look.
     *
     * @param id      the questionnaire's identifier (tender or submission reference)
     * @param profile the profile the answers belong to
     * @return a new builder
     */
    public static Builder builder(String id, Profile profile) {
        return new Builder(id, profile);
    }

    /** Builds a {@link Questionnaire} in code; see {@link Questionnaire#builder}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final Profile profile;
        private LocalDate submitted;
        private Vendor vendor;
        private Product product;
        private final List<Answer> answers = new ArrayList<>();
        private final List<SbomEvidence> sboms = new ArrayList<>();

        private Builder(String id, Profile profile) {
            this.id = Objects.requireNonNull(id, "id");
            this.profile = Objects.requireNonNull(profile, "profile");
        }

        /**
         * The submission date: the default as-of date of an evaluation.
         *
         * @param date between 1980 and 2150, as for files
         * @return this builder
         */
        public Builder submitted(LocalDate date) {
            this.submitted = Objects.requireNonNull(date, "submitted");
            return this;
        }

        /**
         * Who answers.
         *
         * @param name    the vendor's legal name
         * @param country ISO 3166-1 alpha-2 code of its seat, e.g. {@code DE}, or empty
         * @param contact a contact for security questions, or empty
         * @return this builder
         */
        public Builder vendor(String name, String country, String contact) {
            this.vendor = new Vendor(name, country, contact);
            return this;
        }

        /**
         * What is offered.
         *
         * @param name    the product's name
         * @param version its version, or empty
         * @param kind    what kind of product it is; must fit the profile ({@link Profile#accepts})
         * @return this builder
         */
        public Builder product(String name, String version, ProductKind kind) {
            this.product = new Product(name, version, kind);
            return this;
        }

        /**
         * An answer without comment or evidence.
         *
         * @param questionId the question bank id
         * @param value      the answer, as a file would give it
         * @return this builder
         */
        public Builder answer(String questionId, String value) {
            return answer(questionId, value, "");
        }

        /**
         * An answer with the vendor's comment and references to evidence (document names, URLs).
         *
         * @param questionId the question bank id
         * @param value      the answer, as a file would give it ({@code yes}, a date as {@code 2031-12-31}, ...)
         * @param comment    the vendor's comment, or empty
         * @param evidence   references to evidence, possibly none
         * @return this builder
         */
        public Builder answer(String questionId, String value, String comment, String... evidence) {
            answers.add(new Answer(questionId, value, comment, List.of(evidence),
                    SourceLocation.jsonPointer(id, "/answers/" + answers.size())));
            return this;
        }

        /**
         * A software bill of materials handed in with the answers, read by {@code SbomReader}.
         *
         * @param sbom what the SBOM shows
         * @return this builder
         */
        public Builder sbom(SbomEvidence sbom) {
            sboms.add(Objects.requireNonNull(sbom, "sbom"));
            return this;
        }

        /**
         * The questionnaire. Its content is checked when it is evaluated (or by {@code QuestionnaireReader.check}).
         *
         * @return the questionnaire, unvalidated
         * @throws IllegalStateException when the submission date, vendor or product was not given
         */
        public Questionnaire build() {
            List<String> missing = new ArrayList<>();
            if (submitted == null) {
                missing.add("submitted");
            }
            if (vendor == null) {
                missing.add("vendor");
            }
            if (product == null) {
                missing.add("product");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("questionnaire " + id + " lacks " + String.join(", ", missing));
            }
            return new Questionnaire(id, profile, submitted, vendor, product, answers, List.of(), sboms);
        }
    }
}
