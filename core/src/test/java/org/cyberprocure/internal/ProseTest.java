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
}
