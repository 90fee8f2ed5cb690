package org.cyberprocure.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberprocure.model.Answer;

/**
 * Answers of vendor forms as people write them: {@code Yes}, {@code No}, {@code N/A}, often followed by free
 * text ({@code Yes, optional}, {@code N/A: no default accounts}, {@code yes - see note}). The leading word
 * decides the value; the rest becomes part of the note.
 */
final class FormValues {
    private static final Pattern ANSWER = Pattern.compile(
            "(n/a|n\\.a\\.|na|not applicable|yes|no)(?:$|[\\s,.;:()\\-\\u2013\\u2014/*]+(.*))",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private FormValues() {
    }

    /**
     * A normalised answer.
     *
     * @param value {@code yes}, {@code no} or {@code n/a}
     * @param rest  the free text after the leading word, or empty
     */
    record Parsed(String value, String rest) {
    }

    /** The answer a cell holds, or empty when it starts with none of yes, no, n/a. */
    static Optional<Parsed> parse(String cell) {
        Matcher m = ANSWER.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String value = word.equals("yes") || word.equals("no") ? word : Answer.NOT_APPLICABLE;
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        return Optional.of(new Parsed(value, rest));
    }

    /**
     * Whether a yes is qualified: its note (the text after the answer word, then the note column) starts with one
     * of the form's qualifier words ({@code optional}, {@code if enabled}, ...), as in {@code Yes, optional}.
     */
    static boolean qualified(String note, java.util.List<String> qualifiers) {
        String start = note.strip().toLowerCase(Locale.ROOT).replaceAll("^[\\s,.;:()\\-\\u2013\\u2014/*\"']+", "");
        return qualifiers.stream().map(q -> q.toLowerCase(Locale.ROOT))
                .anyMatch(q -> start.startsWith(q) && (start.length() == q.length()
                        || !Character.isLetterOrDigit(start.charAt(q.length()))));
    }

    /** The note of an item: the free text after the answer word, then the note column, joined. */
    static String note(String rest, String noteCell) {
        if (rest.isEmpty()) {
            return noteCell.strip();
        }
        return noteCell.isBlank() ? rest : rest + "; " + noteCell.strip();
    }
}
