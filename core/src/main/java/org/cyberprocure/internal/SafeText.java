package org.cyberprocure.internal;

/**
 * Makes untrusted text safe to show: removes control characters and bidirectional overrides (which could make
 * a report display something other than what was evaluated) and bounds the length.
 */
public final class SafeText {
    /** Longest message shown for one input problem. */
    public static final int MESSAGE_LIMIT = 500;

    private SafeText() {
    }

    public static String clean(String text, int limit) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (out.length() == limit) {
                out.setLength(limit - 1);
                return out.append('…').toString();
            }
            if (c == '\n' || c == '\t' || c == '\r') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }
}
