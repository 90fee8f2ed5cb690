package org.cyberprocure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComplianceCheckerTest {
    @Test
    void withoutRulePackOnClassPath_loadFailsWithConfigurationException() {
        assertThatThrownBy(ComplianceChecker::load)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no rule pack");
    }
}
