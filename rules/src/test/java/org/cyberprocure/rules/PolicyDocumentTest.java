package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    private static final Path RULES = Path.of("src", "main", "resources", "org", "cyberprocure", "rules");
    private static final Pattern REQUIREMENT = Pattern.compile("@requirement\\(\"([^\"]+)\"\\)");
    private static final Pattern THRESHOLD = Pattern.compile("threshold\\(\"([A-Za-z0-9]+)\"\\)");

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

    @Test
    void everyDefaultThreshold_isReadByARule_andEveryKeyARuleReadsIsDefined() throws IOException {
        Map<String, Set<String>> used = thresholdUsers(RuleTesting.CHECKER.catalog());
        assertThat(used.keySet()).containsExactlyInAnyOrderElementsOf(
                Policy.defaults().effectiveThresholds().keySet());
    }

    /**
     * Per threshold key, the requirements that apply it: hospital-standard rows that declare it, and rows whose
     * rules read it from the policy (ENISA gives no numbers, so its rows read the hospital's).
     */
    static Map<String, Set<String>> thresholdUsers(Catalog catalog) throws IOException {
        Map<String, Set<String>> users = new TreeMap<>();
        catalog.requirements().stream().filter(Requirement::isHospitalStandard).forEach(r -> r.hospitalStandard()
                .thresholds().forEach(k -> users.computeIfAbsent(k, x -> new TreeSet<>()).add(r.id())));
        try (Stream<Path> drl = Files.list(RULES)) {
            for (Path file : drl.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                for (String rule : Files.readString(file, StandardCharsets.UTF_8).split("\nrule ")) {
                    Matcher requirement = REQUIREMENT.matcher(rule);
                    if (!requirement.find()) {
                        continue;
                    }
                    Matcher key = THRESHOLD.matcher(rule);
                    while (key.find()) {
                        users.computeIfAbsent(key.group(1), x -> new TreeSet<>()).add(requirement.group(1));
                    }
                }
            }
        }
        return users;
    }

    static String table(Catalog catalog) throws IOException {
        Map<String, Set<String>> users = thresholdUsers(catalog);
        StringBuilder md = new StringBuilder("| Threshold | Default | Unit | Rows that apply it | Law or guidance served |\n"
                + "|---|---|---|---|---|\n");
        for (Map.Entry<String, Integer> t : Policy.defaults().effectiveThresholds().entrySet()) {
            List<Requirement> rows = users.getOrDefault(t.getKey(), Set.of()).stream()
                    .map(id -> catalog.requirement(id).orElseThrow()).toList();
            md.append("| `").append(t.getKey()).append("` | ").append(t.getValue()).append(" | ")
                    .append(unit(t.getKey())).append(" | ")
                    .append(String.join(", ", rows.stream().map(Requirement::id).toList())).append(" | ")
                    .append(String.join("; ", rows.stream().map(r -> served(catalog, r)).distinct().toList()))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** The row whose purpose a hospital standard serves, else the row itself, with its citation. */
    private static String served(Catalog catalog, Requirement r) {
        Requirement law = r.isHospitalStandard()
                ? catalog.requirement(r.hospitalStandard().serves()).orElse(r) : r;
        return law.id() + " (" + law.citation().instrument() + " " + law.citation().reference() + ")";
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
