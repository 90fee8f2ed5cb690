package org.cyberprocure.internal;

/**
 * The one cleaning policy for untrusted text in everything a person or a spreadsheet reads (docs/security.md).
 * {@link #clean} makes untrusted text safe to show: removes control characters and invisible format characters (bidirectional
 * overrides could make a report display something other than what was evaluated; zero-width and tag characters
 * can hide text), replaces line breaks by spaces, drops unpaired surrogates and bounds the length without
 * splitting a character.
 */
public final class SafeText {
    /** Longest message shown for one input problem. */
    public static final int MESSAGE_LIMIT = 500;
    /** Longest file name or JSON pointer shown in a location. */
    public static final int NAME_LIMIT = 300;

    /** First characters that make a spreadsheet evaluate a cell. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeText() {
    }

    /**
     * The cleaned text, at most {@code limit} characters ({@code …} marks a cut).
     *
     * @param limit at least 1
     */
    public static String clean(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String kept = keep(c);
            int length = out.length() + kept.length();
            if (kept.isEmpty() || length < limit || length == limit && !visibleFollows(text, i)) {
                out.append(kept);
            } else {
                return out.append('…').toString(); // out is shorter than limit here
            }
        }
        return out.toString();
    }

    /**
     * The position of the first character that has no place in a one-line field such as a name or an id: a
     * control character (line breaks and tabs included), an invisible format character (bidirectional controls,
     * zero-width and tag characters) or an unpaired surrogate; -1 when there is none.
     */
    public static int firstHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (hidden(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * The position of the first control character that has no place even in free text (everything of C0 and C1
     * but tab, line feed and carriage return: NUL, ESC, DEL, CSI, ...); -1 when there is none. These never
     * belong to what a vendor means; they only serve to fool a terminal or a parser.
     */
    public static int firstForbiddenControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** {@code U+001B}: how a problem message names a character without printing it. */
    public static String codePoint(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    /**
     * The text with every hidden character (see {@link #firstHidden}) but tab shown as a visible escape:
     * {@code \n}, {@code \r}, {@code \x1b}, or a backslash, {@code u} and four hex digits. For a terminal: nothing in the text can move the
     * cursor, clear the screen, start a new line or reorder what follows, yet nothing is silently hidden.
     */
    public static String escape(String text) {
        if (firstHidden(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!hidden(c) || c == '\t') {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append(String.format("\\u%04x", c));
            }
        }
        return out.toString();
    }

    /**
     * A cell for a CSV file a spreadsheet may open: hidden characters other than line breaks and tabs removed,
     * and a cell a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return;
     * OWASP "CSV injection") prefixed with a single quote.
     */
    public static String spreadsheetCell(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == '\t' || !hidden(c)) {
                out.appendCodePoint(c);
            }
        }
        return startsFormula(out) ? "'" + out : out.toString();
    }

    /** Whether a spreadsheet would take a cell with this text for a formula. */
    public static boolean startsFormula(CharSequence cell) {
        return cell.length() > 0 && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
    }

    /**
     * A cell for a CSV file that is read back ({@code QuestionnaireWriter}): forbidden control characters
     * removed and a formula quoted as by {@link #spreadsheetCell}, but reversibly: {@link #unquoteCell} gives the
     * text back, also a text that itself starts with a quote before a formula character or a quote.
     */
    public static String quoteCell(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1);
        text.chars().filter(c -> !Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r')
                .forEach(c -> out.append((char) c));
        return startsFormula(out) || quoted(out) ? "'" + out : out.toString();
    }

    /** The text of a cell as {@link #quoteCell} wrote it, or as a spreadsheet user quoted a formula. */
    public static String unquoteCell(String cell) {
        return quoted(cell) ? cell.substring(1) : cell;
    }

    private static boolean quoted(CharSequence cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && (cell.charAt(1) == '\'' || startsFormula(cell.subSequence(1, 2)));
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean visibleFollows(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!keep(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String keep(int c) {
        if (c == '\n' || c == '\t' || c == '\r' || c == '\u2028' || c == '\u2029') {
            return " ";
        }
        int type = Character.getType(c);
        if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE) {
            return "";
        }
        return Character.toString(c);
    }
}
