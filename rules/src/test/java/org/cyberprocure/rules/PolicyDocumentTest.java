package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cyberprocure.Policy;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Requirement;
import org.junit.jupiter.api.Test;

/**
 * The hospital-standard thresholds table in docs/policy.md is generated from the catalog and the default policy.
 * Rewrite it with {@code -Dcyberprocure.writePolicyDoc=true}.
 */
class PolicyDocumentTest {
    private static final Path DOC = Path.of("..", "docs", "policy.md");
    private static final String BEGIN = "<!-- thresholds:begin -->\n";
    private static final String END = "<!-- thresholds:end -->";

    @Test
    void thresholdTable_isUpToDate() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertThat(from).as("docs/policy.md has the thresholds markers").isNotNegative();
        String expected = doc.substring(0, from + BEGIN.length()) + table(RuleTesting.CHECKER.catalog())
                + doc.substring(to);
        if (Boolean.getBoolean("cyberprocure.writePolicyDoc")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/policy.md is stale: regenerate with mvn -pl core,rules verify -Dtest=PolicyDocumentTest "
                        + "-Dcyberprocure.writePolicyDoc=true -Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(expected);
    }

    static String table(Catalog catalog) {
        StringBuilder md = new StringBuilder("| Threshold | Default | Unit | Hospital-standard rows | Law they serve |\n"
                + "|---|---|---|---|---|\n");
        for (Map.Entry<String, Integer> t : Policy.defaults().effectiveThresholds().entrySet()) {
            List<Requirement> rows = catalog.requirements().stream().filter(Requirement::isHospitalStandard)
                    .filter(r -> r.hospitalStandard().thresholds().contains(t.getKey())).toList();
            md.append("| `").append(t.getKey()).append("` | ").append(t.getValue()).append(" | ")
                    .append(unit(t.getKey())).append(" | ")
                    .append(String.join(", ", rows.stream().map(Requirement::id).toList())).append(" | ")
                    .append(String.join("; ", rows.stream().map(r -> r.hospitalStandard().serves() + " ("
                            + catalog.requirement(r.hospitalStandard().serves()).map(s -> s.citation().describe())
                            .orElse("?") + ")").distinct().toList()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String unit(String key) {
        for (String unit : List.of("Hours", "Days", "Months", "Years", "Percent", "Count")) {
            if (key.endsWith(unit)) {
                return unit.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "number";
    }
}
