package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.RuleEngine;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** Rules and catalog agree both ways, and every rule has a test case. */
class CatalogConsistencyTest {
    private static final Catalog CATALOG = RuleTesting.CHECKER.catalog();
    private static final List<Rule> RULES = rules();
    private static final Set<String> GATE_QUESTIONS = Set.of("PATIENT-DATA", "MD-MDR-CE", "SCOPE-CRA-REMOTE-PROCESSING",
            "GDPR-PERSONAL-DATA-ACCESS", "CLD-EUCS-LEVEL", "CRA-SUBSTANTIAL-MODIFICATION", "SCOPE-MIXED-OFFER",
            "SCOPE-MDSW-SERVICE");

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        // The rules exactly as the library loads them: from the pack's executable model (ADR 0018).
        KieBaseBuilder.createKieBaseFromModel(RuleEngine.models(RuleTesting.CHECKER.rulePack()))
                .getKiePackages().forEach(p -> rules.addAll(p.getRules()));
        return rules;
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString().replace("\"", "");
    }

    @Test
    void everyRule_namesAKnownRequirementCheckOrGate_andStartsWithIt() {
        for (Rule rule : RULES) {
            List<String> ids = Stream.of("requirement", "check", "gate").map(k -> meta(rule, k))
                    .filter(java.util.Objects::nonNull).toList();
            assertThat(ids).as("exactly one of @requirement/@check/@gate on %s", rule.getName()).hasSize(1);
            assertThat(rule.getName()).startsWith(ids.get(0) + " ");
            if (meta(rule, "requirement") != null) {
                assertThat(CATALOG.requirement(ids.get(0))).as("catalog entry for %s", rule.getName()).isPresent();
            }
            if (meta(rule, "check") != null) {
                assertThat(CATALOG.consistencyCheck(ids.get(0))).as("catalog check for %s", rule.getName())
                        .isPresent();
            }
        }
    }

    @Test
    void everyConsistencyCheck_hasARule() {
        Set<String> checked = RULES.stream().map(r -> meta(r, "check")).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        CATALOG.consistencyChecks().forEach(c -> assertThat(checked).as("rule for check %s", c.id())
                .contains(c.id()));
    }

    @Test
    void everyRequirement_hasMetPartialAndNotMetRules_andACitation() {
        Set<String> names = RULES.stream().map(Rule::getName).collect(Collectors.toSet());
        for (Requirement r : CATALOG.requirements()) {
            for (String kind : List.of(" met: ", " partial: ", " not met: ")) {
                assertThat(names).as("%s rule for %s", kind.strip(), r.id())
                        .anyMatch(n -> n.startsWith(r.id() + kind));
            }
            assertThat(r.citation().reference()).isNotBlank();
            assertThat(r.remediation()).isNotBlank();
        }
    }

    @Test
    void everyQuestion_servesARequirementACheckOrAGate() {
        Set<String> checkQuestions = CATALOG.consistencyChecks().stream().flatMap(c -> c.questions().stream())
                .collect(Collectors.toSet());
        for (Question q : CATALOG.questions()) {
            assertThat(!CATALOG.requirementsServedBy(q.id()).isEmpty() || GATE_QUESTIONS.contains(q.id())
                    || checkQuestions.contains(q.id())).as("question %s is used", q.id()).isTrue();
        }
    }

    @Test
    void catalogSpansSourcesAndProfiles() {
        assertThat(CATALOG.requirements()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(CATALOG.requirements().stream().map(r -> r.citation().instrument()).distinct())
                .contains("ENISA-HPG", "CRA", "GDPR", "MDR");
    }

    @Test
    void everyRequirementAndCheckRule_hasATestCase() throws Exception {
        Set<String> tested = new HashSet<>();
        for (RuleCasesTest test : RuleCasesTest.all()) {
            test.cases().forEach(c -> assertThat(tested.add(c.rule())).as("one case per rule: %s", c.rule())
                    .isTrue());
        }
        Set<String> rules = RULES.stream().filter(r -> meta(r, "gate") == null)
                .map(Rule::getName).collect(Collectors.toSet());
        assertThat(tested).containsExactlyInAnyOrderElementsOf(rules);
    }
}
