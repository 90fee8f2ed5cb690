package org.cyberprocure.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.Policy;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.ConsistencyCheck;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;

/**
 * The requirement catalog, the question bank and the consistency checks of a rule pack, versioned together.
 * Immutable and thread-safe. Construction checks that they agree (unique ids, every referenced question exists
 * in a profile of its user).
 */
public final class Catalog {
    private final String version;
    private final Map<String, Requirement> requirements;
    private final Map<String, Question> questions;
    private final Map<String, ConsistencyCheck> checks;
    private final Map<String, FormMapping> forms;
    private final Translations translations;

    /**
     * A catalog with requirements, questions, consistency checks and vendor-form mappings; ids must be unique and
     * refer to each other.
     *
     * @param version the catalog version, e.g. {@code 2026.11.0}; assessments record it
     * @param requirements the requirements, in report order
     * @param questions the question bank, in questionnaire order
     * @param consistencyChecks the checks of answers against each other
     * @param formMappings how vendor forms (MDS2, CAIQ) map onto the question bank
     */
    public Catalog(String version, List<Requirement> requirements, List<Question> questions,
                   List<ConsistencyCheck> consistencyChecks, List<FormMapping> formMappings) {
        this.version = Objects.requireNonNull(version, "version");
        this.requirements = index(requirements, Requirement::id, "requirement");
        this.questions = index(questions, Question::id, "question");
        this.checks = index(consistencyChecks, ConsistencyCheck::id, "consistency check");
        this.forms = index(formMappings, FormMapping::form, "form mapping");
        this.translations = Translations.labelsOnly();
        checkConsistency();
    }

    private Catalog(Catalog catalog, Translations translations) {
        this.version = catalog.version;
        this.requirements = catalog.requirements;
        this.questions = catalog.questions;
        this.checks = catalog.checks;
        this.forms = catalog.forms;
        this.translations = Objects.requireNonNull(translations, "translations");
    }

    /**
     * A catalog without vendor-form mappings.
     *
     * @param version the catalog version, e.g. {@code 2026.11.0}; assessments record it
     * @param requirements the requirements, in report order
     * @param questions the question bank, in questionnaire order
     * @param consistencyChecks the checks of answers against each other
     */
    public Catalog(String version, List<Requirement> requirements, List<Question> questions,
                   List<ConsistencyCheck> consistencyChecks) {
        this(version, requirements, questions, consistencyChecks, List.of());
    }

    /**
     * A catalog without consistency checks or vendor-form mappings.
     *
     * @param version the catalog version, e.g. {@code 2026.11.0}; assessments record it
     * @param requirements the requirements, in report order
     * @param questions the question bank, in questionnaire order
     */
    public Catalog(String version, List<Requirement> requirements, List<Question> questions) {
        this(version, requirements, questions, List.of());
    }

    /** {@return the catalog version (requirements and question bank together), e.g. {@code 2026.11.0}} */
    public String version() {
        return version;
    }

    /**
     * {@return the texts of this catalog in every language there is (titles, paraphrases, question texts,
     * rationales), with the library's report labels; a catalog built in code has the labels only and shows its own
     * texts}
     */
    public Translations translations() {
        return translations;
    }

    /**
     * {@return this catalog with other translations, e.g. {@code catalog.translations().withLanguagePack(folder)}}
     *
     * @param translations the texts to use for this catalog's requirements and questions
     */
    public Catalog withTranslations(Translations translations) {
        return new Catalog(this, translations);
    }

    /** {@return all requirements in catalog order} */
    public List<Requirement> requirements() {
        return List.copyOf(requirements.values());
    }

    /**
     * {@return the requirements of a profile, in catalog order}
     *
     * @param profile the profile
     */
    public List<Requirement> requirements(Profile profile) {
        return requirements.values().stream().filter(r -> r.appliesTo(profile)).toList();
    }

    /**
     * {@return the requirement with this id, if any}
     *
     * @param id a requirement id, e.g. {@code CRA-AI-2b}
     */
    public Optional<Requirement> requirement(String id) {
        return Optional.ofNullable(requirements.get(id));
    }

    /** {@return all questions in bank order} */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    /**
     * {@return the questions of a profile, in bank order}
     *
     * @param profile the profile
     */
    public List<Question> questions(Profile profile) {
        return questions.values().stream().filter(q -> q.belongsTo(profile)).toList();
    }

    /**
     * {@return the question of the question bank with this id, if any}
     *
     * @param id a question id, e.g. {@code REMOTE-MFA}
     */
    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** {@return all consistency checks in catalog order} */
    public List<ConsistencyCheck> consistencyChecks() {
        return List.copyOf(checks.values());
    }

    /**
     * {@return the consistency check with this id, if any}
     *
     * @param id a consistency check id
     */
    public Optional<ConsistencyCheck> consistencyCheck(String id) {
        return Optional.ofNullable(checks.get(id));
    }

    /**
     * {@return how a vendor form (e.g. {@code MDS2}, {@code CAIQ}) maps onto the question bank, if the pack knows it}
     *
     * @param form the form's name as the mapping gives it, e.g. {@code MDS2}
     */
    public Optional<FormMapping> formMapping(String form) {
        return Optional.ofNullable(forms.get(form));
    }

    /** {@return every form mapping of the rule pack, in index order} */
    public List<FormMapping> formMappings() {
        return List.copyOf(forms.values());
    }

    /**
     * {@return the report domains of a profile, in order of first appearance in the catalog}
     *
     * @param profile the profile
     */
    public List<String> domains(Profile profile) {
        LinkedHashSet<String> domains = new LinkedHashSet<>();
        requirements(profile).forEach(r -> domains.add(r.domain()));
        return List.copyOf(domains);
    }

    /**
     * {@return the requirements a question serves, in catalog order}
     *
     * @param questionId a question id of the bank
     */
    public List<Requirement> requirementsServedBy(String questionId) {
        return requirements.values().stream().filter(r -> r.questions().contains(questionId)).toList();
    }

    private void checkConsistency() {
        List<String> errors = new ArrayList<>();
        for (Requirement r : requirements.values()) {
            checkQuestions("requirement " + r.id(), r.questions(), r.profiles(), errors);
            checkHospitalStandard(r, errors);
        }
        for (ConsistencyCheck c : checks.values()) {
            checkQuestions("consistency check " + c.id(), c.questions(), c.profiles(), errors);
        }
        forms.values().forEach(f -> errors.addAll(FormMappingCheck.errors(f, questions)));
        if (!errors.isEmpty()) {
            throw new ConfigurationException("catalog " + version + " is inconsistent: " + String.join("; ", errors));
        }
    }

    /** A hospital standard serves a row of the same instrument and names thresholds the default policy defines. */
    private void checkHospitalStandard(Requirement r, List<String> errors) {
        if (!r.isHospitalStandard()) {
            return;
        }
        Requirement served = requirements.get(r.hospitalStandard().serves());
        if (served == null) {
            errors.add("hospital standard " + r.id() + " serves unknown requirement " + r.hospitalStandard().serves());
        } else if (!served.citation().instrument().equals(r.citation().instrument())) {
            errors.add("hospital standard " + r.id() + " cites " + r.citation().instrument() + " but serves "
                    + served.id() + " of " + served.citation().instrument() + ": the same scope gates must hit both");
        }
        for (String key : r.hospitalStandard().thresholds()) {
            if (!Policy.defaults().effectiveThresholds().containsKey(key)) {
                errors.add("hospital standard " + r.id() + " names threshold " + key
                        + ", which the default policy does not define");
            }
        }
    }

    private void checkQuestions(String user, List<String> ids, java.util.Set<Profile> profiles, List<String> errors) {
        for (String q : ids) {
            Question question = questions.get(q);
            if (question == null) {
                errors.add(user + " refers to unknown question " + q);
            } else if (profiles.stream().noneMatch(question::belongsTo)) {
                errors.add(user + " uses question " + q + " of none of its profiles");
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id, String kind) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) {
            if (byId.putIfAbsent(id.apply(item), item) != null) {
                throw new ConfigurationException("duplicate " + kind + " id " + id.apply(item));
            }
        }
        return byId;
    }
}
