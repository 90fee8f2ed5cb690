package org.cyberprocure.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cyberprocure.internal.SpreadsheetRows.Line;
import org.cyberprocure.internal.SpreadsheetRows.Table;

/**
 * Finds a vendor form's header row and its columns by their header text, so that forms with extra columns,
 * title rows above the header or columns in another order still read. Shared by the form readers.
 */
final class FormColumns {
    /** Rows searched for the header; real forms have a few title rows above it. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** Item ids of a form: letters, a dash, numbers separated by dots ({@code DOC-11.3}, {@code DSP-10.1}). */
    static final Pattern ITEM_ID = Pattern.compile("[A-Z]{2,5}-\\d{1,3}(?:\\.\\d{1,3}){0,3}");

    private FormColumns() {
    }

    /**
     * A header row and the 0-based columns found in it (-1 when absent).
     *
     * @param header the header row
     */
    record Header(Line header, int id, int question, int answer, int note) {
    }

    /** Normalised header text: lower case, single spaces. */
    static String normal(String cell) {
        return cell.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static boolean isIdHeader(String cell) {
        String h = normal(cell);
        return h.matches("(question |item |mds2 |control |caiq )?(id|#|no\\.?|number|ref)") || h.equals("item");
    }

    static boolean isQuestionHeader(String cell) {
        String h = normal(cell);
        return h.contains("question") && !isIdHeader(cell);
    }

    static boolean isAnswerHeader(String cell) {
        String h = normal(cell);
        return h.contains("answer") || h.contains("response") || h.matches("yes ?/ ?no.*");
    }

    static boolean isNoteHeader(String cell) {
        String h = normal(cell);
        return (h.contains("note") || h.contains("comment") || h.contains("remark") || h.contains("explanation"))
                && !h.contains("#") && !h.contains("number") && !h.contains(" ref");
    }

    /** The first row, among the first {@link #HEADER_SEARCH_ROWS}, that names an id column. */
    static Optional<Header> find(Table table, Predicate<String> answerContent) {
        List<Line> lines = table.lines();
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, lines.size()); r++) {
            Line line = lines.get(r);
            int id = first(line, FormColumns::isIdHeader);
            if (id < 0) {
                continue;
            }
            int question = first(line, FormColumns::isQuestionHeader);
            int answer = first(line, FormColumns::isAnswerHeader);
            int note = first(line, FormColumns::isNoteHeader);
            if (answer < 0) {
                answer = byContent(lines.subList(r + 1, lines.size()), line.cells().size(), answerContent,
                        List.of(id, question, note));
            }
            return Optional.of(new Header(line, id, question, answer, note));
        }
        return Optional.empty();
    }

    private static int first(Line line, Predicate<String> test) {
        for (int c = 0; c < line.cells().size(); c++) {
            if (!line.cell(c).isEmpty() && test.test(line.cell(c))) {
                return c;
            }
        }
        return -1;
    }

    /** When no header names the answer column (some forms title it with the product's name): the column holding most answers. */
    private static int byContent(List<Line> rows, int width, Predicate<String> answerContent, List<Integer> taken) {
        int best = -1;
        long bestCount = 0;
        for (int c = 0; c < width; c++) {
            if (taken.contains(c)) {
                continue;
            }
            int column = c;
            long count = rows.stream().filter(l -> answerContent.test(l.cell(column))).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }
}
