package org.cyberprocure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one cleaning policy: for terminals (escape), spreadsheets (spreadsheetCell) and files read back (quoteCell). */
class SafeTextTest {

    @Test
    void escape_showsEveryControlAndInvisibleCharacter_andKeepsTabsAndVisibleText() {
        String attack = "vendor\u001b[2J\u001b[H\r\nDecision: ACCEPT\u009b31m\u202e\u2066\u200b\u2028\tok é 漢";
        String shown = SafeText.escape(attack);
        assertThat(shown).isEqualTo("vendor\\x1b[2J\\x1b[H\\r\\nDecision: ACCEPT\\x9b31m\\u202e\\u2066\\u200b"
                + "\\u2028\tok é 漢");
        assertThat(SafeText.firstHidden(shown)).as("what is left is visible (and a tab)")
                .isEqualTo(shown.indexOf('\t'));
        assertThat(SafeText.escape("plain text")).isEqualTo("plain text");
    }

    @Test
    void firstHidden_andFirstForbiddenControl_findWhatTheyName() {
        assertThat(SafeText.firstHidden("ACME GmbH")).isEqualTo(-1);
        assertThat(SafeText.firstHidden("AC\u200dME")).isEqualTo(2);
        assertThat(SafeText.firstHidden("a\nb")).isEqualTo(1);
        assertThat(SafeText.codePoint("AC\u200dME", 2)).isEqualTo("U+200D");
        assertThat(SafeText.firstForbiddenControl("line one\r\nline two\tand a tab")).isEqualTo(-1);
        assertThat(SafeText.firstForbiddenControl("x\u0000")).isEqualTo(1);
        assertThat(SafeText.firstForbiddenControl("\u007f")).isZero();
        assertThat(SafeText.firstForbiddenControl("\u0085")).as("C1 next line").isZero();
    }

    @Test
    void spreadsheetCell_quotesFormulas_andDropsHiddenCharactersButLineBreaks() {
        for (String formula : List.of("=1+1", "+SUM(A1)", "-2+3", "@SUM(1)", "\t=1", "\r=1")) {
            assertThat(SafeText.spreadsheetCell(formula)).startsWith("'");
        }
        assertThat(SafeText.spreadsheetCell("\u202e=cmd|' /C calc'!A0")).as("hidden first, then quoted")
                .isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SafeText.spreadsheetCell("a\u0000b\u001b[2Jc\nd\u200b")).isEqualTo("ab[2Jc\nd");
        assertThat(SafeText.spreadsheetCell("plain")).isEqualTo("plain");
    }

    @Test
    void quoteCell_isUndoneByUnquoteCell_forEveryTextStartingWithQuotesOrFormulas() {
        for (String text : List.of("=1+1", "'=1+1", "''=1", "'", "''", "'a", "-5", "+", "@", "a=b", "", "'\t")) {
            String cell = SafeText.quoteCell(text);
            assertThat(SafeText.startsFormula(cell)).as(cell).isFalse();
            assertThat(SafeText.unquoteCell(cell)).as(text).isEqualTo(text);
        }
        assertThat(SafeText.quoteCell("a\u0000b\u001bc\u0085d\n")).isEqualTo("abcd\n");
        assertThat(SafeText.unquoteCell("'=SUM(A1)")).as("a spreadsheet user's quote").isEqualTo("=SUM(A1)");
        assertThat(SafeText.unquoteCell("'not a formula")).isEqualTo("'not a formula");
    }
}
