package org.cyberprocure.internal;

/**
 * Makes untrusted text safe to show: removes control characters and invisible format characters (bidirectional
 * overrides could make a report display something other than what was evaluated; zero-width and tag characters
 * can hide text), replaces line breaks by spaces, drops unpaired surrogates and bounds the length without
 * splitting a character.
 */
public final class SafeText {
    /** Longest message shown for one input problem. */
    public static final int MESSAGE_LIMIT = 500;
    /** Longest file name or JSON pointer shown in a location. */
    public static final int NAME_LIMIT = 300;

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
