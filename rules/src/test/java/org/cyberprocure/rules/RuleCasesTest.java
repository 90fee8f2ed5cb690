package org.cyberprocure.rules;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    /** Every subclass in this package (compiled test classes named *RulesTest), so none can be forgotten. */
    static List<RuleCasesTest> all() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path dir = Path.of(RuleCasesTest.class.getResource("RuleCasesTest.class").toURI()).getParent();
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("RulesTest.class")).sorted()
                    .toList();
        }
        List<RuleCasesTest> tests = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(RuleCasesTest.class.getPackageName() + "."
                    + name.substring(0, name.length() - ".class".length()));
            if (RuleCasesTest.class.isAssignableFrom(type)) {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                tests.add((RuleCasesTest) constructor.newInstance());
            }
        }
        return tests;
    }
}
