package org.cyberprocure.internal;

import java.util.regex.Pattern;

/**
 * Tidies texts that rules build from pieces ("...: " + a vendor's comment), so the reader never sees a dangling
 * colon (an empty comment), a doubled full stop (a comment that ends with one), ".;" or "1 hours".
 */
public final class Prose {
    private static final Pattern EMPTY_AFTER_COLON = Pattern.compile(":\\s*(?=[.;,]|$)");
    private static final Pattern STOP_BEFORE_SEPARATOR = Pattern.compile("\\.\\s*(?=[;,])");
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<![.\\d])\\.\\s*\\.(?!\\.)");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+(?=[.,;:](\\s|$))");
    private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 (hour|day|month|year|week)s\\b");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    /** French sets a space before : and ; (typographic rule), so only a space before . and , is a fault there. */
    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile("\\s+(?=[.,](\\s|$))");
    /**
     * Anything one of the patterns above could change; most texts have none, and skip the rewrites. Kept as the
     * definition that {@link #mayBeUntidy} must never miss (ProseTest compares them).
     */
    static final Pattern UNTIDY = Pattern.compile(":\\s*([.;,]|$)|\\.\\s*[;,.]|\\s[.,;:](\\s|$)|\\b1 \\w+s\\b|\\s{2,}");

    private Prose() {
    }

    /** The text tidied for its language: in French the space before a colon or semicolon stays. */
    public static String tidy(String text, java.util.Locale language) {
        return tidy(text, language.getLanguage().equals("fr") ? SPACE_BEFORE_STOP : SPACE_BEFORE_PUNCTUATION);
    }

    /** The text tidied: no dangling colon, doubled stop, space before punctuation; ends with a stop. */
    public static String tidy(String text) {
        return tidy(text, SPACE_BEFORE_PUNCTUATION);
    }

    private static String tidy(String text, Pattern spaceBefore) {
        String t = text.strip();
        if (!mayBeUntidy(t)) {
            return endsWithStop(t);
        }
        t = EMPTY_AFTER_COLON.matcher(t).replaceAll("");
        t = STOP_BEFORE_SEPARATOR.matcher(t).replaceAll("");
        t = DOUBLE_STOP.matcher(t).replaceAll(".");
        t = spaceBefore.matcher(t).replaceAll("");
        t = ONE_PLURAL.matcher(t).replaceAll("1 $1");
        t = SPACES.matcher(t).replaceAll(" ");
        return endsWithStop(t);
    }

    /**
     * {@return false only when {@link #UNTIDY} finds nothing in the text} One pass over the characters instead of the
     * regular expression, which cost a third of an evaluation's time (every rationale is tidied); it may say true
     * where the expression finds nothing (then the rewrites run and change nothing), never the other way round.
     */
    static boolean mayBeUntidy(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c > ' ' && c < 0x7f && c != ':' && c != '.' && c != '1') {
                continue; // most characters: printable ASCII that none of the cases below starts with
            }
            if (c == ':' || c == '.') {
                int j = i + 1;
                while (j < n && Character.isWhitespace(t.charAt(j))) {
                    j++;
                }
                if (j == n ? c == ':' : ";,.".indexOf(t.charAt(j)) >= 0) {
                    return true;
                }
            } else if (Character.isWhitespace(c) && i + 1 < n) {
                char next = t.charAt(i + 1);
                if (Character.isWhitespace(next)) {
                    return true;
                }
                if ((next == '.' || next == ',' || next == ';' || next == ':')
                        && (i + 2 == n || Character.isWhitespace(t.charAt(i + 2)))) {
                    return true;
                }
            } else if (c == '1' && i + 1 < n && t.charAt(i + 1) == ' '
                    && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String endsWithStop(String t) {
        return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1)) ? t + "." : t;
    }
}
