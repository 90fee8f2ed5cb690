package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.ConsistencyCheck;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Requirement;
import org.junit.jupiter.api.Test;

/**
 * docs/catalog.md is generated from the catalog data, so it can never drift from what the rules decide. Run with
 * {@code -Dcyberprocure.writeCatalogDoc=true} to rewrite it after changing the catalog.
 */
class CatalogDocumentTest {
    private static final Path DOC = Path.of("..", "docs", "catalog.md");

    @Test
    void catalogDocument_isUpToDate() throws IOException {
        String expected = render(RuleTesting.CHECKER.catalog());
        if (Boolean.getBoolean("cyberprocure.writeCatalogDoc")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as("docs/catalog.md exists").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/catalog.md is stale: regenerate with "
                        + "mvn -pl core,rules -am verify -Dtest=CatalogDocumentTest -Dcyberprocure.writeCatalogDoc=true"
                        + " -Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(expected);
    }

    static String render(Catalog catalog) {
        StringBuilder md = new StringBuilder();
        md.append("# Requirement catalog ").append(catalog.version()).append("\n\n")
                .append("Generated from `rules/src/main/resources/org/cyberprocure/rules/catalog/` by ")
                .append("`CatalogDocumentTest`; do not edit by hand. Texts are our paraphrases; the citation names ")
                .append("the source. Legal force: BINDING_LAW (EU law), EXPECTED_PRACTICE (ENISA, MDCG guidance), ")
                .append("ADVISORY (benchmarks). KO = knock-out criterion under the default policy.\n\n");
        md.append("| Profile | Requirements | Questions | Mandatory questions |\n|---|---|---|---|\n");
        for (Profile p : Profile.values()) {
            md.append("| ").append(p.id()).append(" | ").append(catalog.requirements(p).size()).append(" | ")
                    .append(catalog.questions(p).size()).append(" | ")
                    .append(catalog.questions(p).stream().filter(q -> q.mandatory()).count()).append(" |\n");
        }
        Map<String, List<Requirement>> byInstrument = new LinkedHashMap<>();
        catalog.requirements().forEach(r -> byInstrument
                .computeIfAbsent(r.citation().instrument(), k -> new java.util.ArrayList<>()).add(r));
        for (Map.Entry<String, List<Requirement>> entry : byInstrument.entrySet()) {
            md.append("\n## ").append(entry.getKey()).append(" — ")
                    .append(cell(entry.getValue().get(0).citation().title())).append("\n\n")
                    .append("| Id | Title | Reference | Legal force | Severity | KO | Profiles | Domain |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (Requirement r : entry.getValue()) {
                md.append("| ").append(r.id()).append(" | ").append(cell(r.title())).append(" | ")
                        .append(cell(r.citation().reference()))
                        .append(r.effectiveFrom() == null ? "" : " (from " + r.effectiveFrom() + ")").append(" | ")
                        .append(r.legalForce()).append(" | ").append(r.severity()).append(" | ")
                        .append(r.knockOut() ? "KO" : "").append(" | ")
                        .append(r.profiles().stream().map(Profile::id).sorted().collect(Collectors.joining(", ")))
                        .append(" | ").append(cell(r.domain())).append(" |\n");
            }
        }
        md.append("\n## Consistency checks\n\n| Id | Title | Questions | Severity |\n|---|---|---|---|\n");
        for (ConsistencyCheck c : catalog.consistencyChecks()) {
            md.append("| ").append(c.id()).append(" | ").append(cell(c.title())).append(" | ")
                    .append(String.join(", ", c.questions())).append(" | ").append(c.severity()).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
