package org.cyberprocure.imports;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cyberprocure.catalog.FormMapping;

/**
 * Questionnaire header values that a vendor form may lack (e.g. the vendor's country, which the MDS2 does not
 * ask), supplied by the caller. Keys are the header fields of the CSV questionnaire format, listed in
 * {@link FormMapping#META_FIELDS}: {@code questionnaire.id}, {@code questionnaire.submitted} (YYYY-MM-DD),
 * {@code vendor.name}, {@code vendor.country}, {@code vendor.contact}, {@code product.name},
 * {@code product.version}. A value the form states wins over a default.
 *
 * <pre>{@code
 * Questionnaire q = checker.mds2Reader()
 *         .withDefaults(FormDefaults.none().with("vendor.country", "DE"))
 *         .read(Path.of("pump-mds2.xlsx"));
 * }</pre>
 *
 *
 * <p>Answers the form cannot give can be stated too ({@link #withAnswer}): e.g. whether a device described by an
 * MDS2 is certified under the MDR or under a legacy MDD/AIMDD certificate ({@code MD-LEGACY-CERT}). They become
 * direct answers (not mapped from the form), validated like any answer; an item-mapped answer to the same question
 * wins over them.
 *
 * @param values  header field → value
 * @param answers bank question id → answer value stated by the caller
 */
public record FormDefaults(Map<String, String> values, Map<String, String> answers) {
    /**
     * Checks the components; see the type description for their meaning.
     *
     * @param values  header field → value
     * @param answers bank question id → answer value stated by the caller
     */
    public FormDefaults {
        values = Map.copyOf(values);
        values.keySet().forEach(FormDefaults::checkKey);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /**
     * Header defaults only.
     *
     * @param values header field → value
     */
    public FormDefaults(Map<String, String> values) {
        this(values, Map.of());
    }

    /** {@return no defaults} */
    public static FormDefaults none() {
        return new FormDefaults(Map.of(), Map.of());
    }

    /**
     * {@return these defaults with an answer to a bank question that the form does not give (replaced if present); a
     * blank value removes it} The question and value are checked when the form is read.
     *
     * @param questionId a question id of the bank
     * @param value the answer value, or blank to remove the default
     */
    public FormDefaults withAnswer(String questionId, String value) {
        Objects.requireNonNull(questionId, "questionId");
        Map<String, String> more = new TreeMap<>(answers);
        if (value == null || value.isBlank()) {
            more.remove(questionId);
        } else {
            more.put(questionId, value.strip());
        }
        return new FormDefaults(values, more);
    }

    /**
     * {@return these defaults with one more (or replaced) value; a blank value removes the field}
     *
     * @param field a header field, e.g. {@code vendor.country}
     * @param value its value, or blank to remove it
     */
    public FormDefaults with(String field, String value) {
        checkKey(field);
        Map<String, String> more = new TreeMap<>(values);
        if (value == null || value.isBlank()) {
            more.remove(field);
        } else {
            more.put(field, value.strip());
        }
        return new FormDefaults(more, answers);
    }

    /**
     * {@return the default of a field, or empty}
     *
     * @param field a header field, e.g. {@code vendor.country}
     */
    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    private static void checkKey(String field) {
        Objects.requireNonNull(field, "field");
        if (!FormMapping.META_FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown header field '" + field + "'; expected one of "
                    + new java.util.TreeSet<>(FormMapping.META_FIELDS));
        }
    }
}
