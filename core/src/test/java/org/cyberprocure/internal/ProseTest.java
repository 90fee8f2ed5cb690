package org.cyberprocure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {
    @Test
    void anEmptyCommentLeavesNoDanglingColon() {
        assertThat(Prose.tidy("Some interfaces are proprietary: ")).isEqualTo("Some interfaces are proprietary.");
        assertThat(Prose.tidy("Part is missing: . Next sentence.")).isEqualTo("Part is missing. Next sentence.");
    }

    @Test
    void aCommentEndingWithAStopIsNotDoubled_andNotGluedIntoAList() {
        assertThat(Prose.tidy("Patches ship quarterly: updated with major releases..")).endsWith("releases.");
        assertThat(Prose.tidy("A fixed password.; anyone who knows it gets in.")).isEqualTo(
                "A fixed password; anyone who knows it gets in.");
        assertThat(Prose.tidy("Wait... and see.")).isEqualTo("Wait... and see.");
    }

    @Test
    void oneIsSingular_andDecimalsStay() {
        assertThat(Prose.tidy("at most 1 hours of data loss and 12 hours to recover"))
                .isEqualTo("at most 1 hour of data loss and 12 hours to recover.");
        assertThat(Prose.tidy("TLS 1.2 only.")).isEqualTo("TLS 1.2 only.");
    }

    /** The one-pass check must never miss what the regular expression finds (it may see more: that only costs time). */
    @Test
    void theFastCheckNeverMissesAnUntidyText() {
        java.util.Random random = new java.util.Random(22);
        String alphabet = " \t\n.,;:1as_xé\u00a0\u2003";
        int untidy = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            boolean found = Prose.UNTIDY.matcher(t).find();
            untidy += found ? 1 : 0;
            assertThat(!found || Prose.mayBeUntidy(t)).as("'%s'", t).isTrue();
        }
        assertThat(untidy).as("the random texts include untidy ones").isGreaterThan(10_000);
        assertThat(Prose.mayBeUntidy("Remote access uses multi-factor authentication, and sessions are logged."))
                .as("an ordinary sentence is not flagged").isFalse();
    }
}
