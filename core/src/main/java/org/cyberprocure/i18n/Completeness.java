package org.cyberprocure.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How complete a language is against English: the keys it lacks (they are shown in English), the keys English does
 * not have (ignored: a renamed key or a typo), the keys whose placeholders differ from English, and texts that are
 * not valid patterns (a single apostrophe, an unclosed brace).
 *
 * @param language            the language
 * @param keys                how many keys English has
 * @param missing             keys shown in English because the language lacks them, sorted
 * @param unknown             keys of the language that English does not have, sorted
 * @param placeholderMismatch keys whose {@code {n}} placeholders are not those of English, sorted
 * @param invalid             faults in the language's texts, one line each
 */
public record Completeness(Locale language, int keys, List<String> missing, List<String> unknown,
                           List<String> placeholderMismatch, List<String> invalid) {

    /**
     * Copies the lists.
     *
     * @param language            the language
     * @param keys                how many keys English has
     * @param missing             keys shown in English because the language lacks them, sorted
     * @param unknown             keys of the language that English does not have, sorted
     * @param placeholderMismatch keys whose {@code {n}} placeholders are not those of English, sorted
     * @param invalid             faults in the language's texts, one line each
     * @throws NullPointerException when {@code language} or a list is {@code null}
     */
    public Completeness {
        Objects.requireNonNull(language, "language");
        missing = List.copyOf(missing);
        unknown = List.copyOf(unknown);
        placeholderMismatch = List.copyOf(placeholderMismatch);
        invalid = List.copyOf(invalid);
    }

    static Completeness of(Locale language, Map<String, String> english, Map<String, String> own) {
        List<String> missing = new ArrayList<>();
        List<String> mismatch = new ArrayList<>();
        for (Map.Entry<String, String> e : english.entrySet()) {
            String text = own.get(e.getKey());
            if (text == null) {
                missing.add(e.getKey());
            } else if (!Texts.placeholders(text).equals(Texts.placeholders(e.getValue()))) {
                mismatch.add(e.getKey());
            }
        }
        List<String> unknown = own.keySet().stream().filter(k -> !english.containsKey(k)).toList();
        List<String> invalid = new ArrayList<>();
        own.forEach((k, v) -> invalid.addAll(Texts.problems(k, v)));
        return new Completeness(language, english.size(), missing.stream().sorted().toList(),
                unknown.stream().sorted().toList(), mismatch.stream().sorted().toList(),
                invalid.stream().sorted().toList());
    }

    /** {@return whether every key is translated and nothing is faulty} */
    public boolean complete() {
        return missing.isEmpty() && unknown.isEmpty() && placeholderMismatch.isEmpty() && invalid.isEmpty();
    }

    /** {@return the share of English keys the language has, 0–100} */
    public double percentTranslated() {
        return keys == 0 ? 100 : Math.floor(1000.0 * (keys - missing.size()) / keys) / 10.0;
    }

    /** {@return one line for a log or the command line, e.g. {@code de: 4123 of 4130 texts (99.8 %), 7 in English}} */
    public String summary() {
        return language.getLanguage() + ": " + (keys - missing.size()) + " of " + keys + " texts ("
                + percentTranslated() + " %)" + (missing.isEmpty() ? "" : ", " + missing.size() + " shown in English")
                + (unknown.isEmpty() ? "" : ", " + unknown.size() + " unknown keys")
                + (placeholderMismatch.isEmpty() ? "" : ", " + placeholderMismatch.size() + " with other placeholders")
                + (invalid.isEmpty() ? "" : ", " + invalid.size() + " invalid");
    }
}
