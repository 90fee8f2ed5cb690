package org.cyberprocure.rules;

import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs one DRL file's rule cases; each subclass lists one case per rule of its file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleCasesTest {

    abstract List<RuleCase> cases();

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(RuleCase ruleCase) {
        ruleCase.verify();
    }
}
