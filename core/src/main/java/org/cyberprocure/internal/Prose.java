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
    /** Anything one of the patterns above could change; most texts have none, and skip the rewrites. */
    private static final Pattern UNTIDY = Pattern.compile(":\\s*([.;,]|$)|\\.\\s*[;,.]|\\s[.,;:](\\s|$)|\\b1 \\w+s\\b|\\s{2,}");

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
        if (!UNTIDY.matcher(t).find()) {
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

    private static String endsWithStop(String t) {
        return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1)) ? t + "." : t;
    }
}
