package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.model.Question;
import org.junit.jupiter.api.Test;

/**
 * The MDS2 section of docs/inputs.md shows the mapping table and the unmapped questions generated from the rule
 * pack's data, so the documentation cannot drift from what the reader does. Only the marked regions are generated;
 * run with {@code -Dcyberprocure.writeInputsDoc=true} to rewrite them.
 */
class Mds2DocumentTest {
    private static final Path DOC = Path.of("..", "docs", "inputs.md");

    @Test
    void mappingTableAndUnmappedQuestions_areUpToDate() throws IOException {
        Catalog catalog = RuleTesting.CHECKER.catalog();
        FormMapping mapping = catalog.formMapping("MDS2").orElseThrow();
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String expected = replace(replace(doc, "mds2-mapping", mappingTable(catalog, mapping)), "mds2-unmapped",
                unmapped(catalog, mapping));
        if (Boolean.getBoolean("cyberprocure.writeInputsDoc")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("docs/inputs.md MDS2 tables are stale: rerun "
                + "with -Dtest=Mds2DocumentTest -Dcyberprocure.writeInputsDoc=true").isEqualTo(expected);
    }

    static String replace(String doc, String marker, String content) {
        String start = "<!-- " + marker + ":start -->\n";
        String end = "<!-- " + marker + ":end -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        assertThat(from).as("marker %s in docs/inputs.md", marker).isNotNegative();
        assertThat(to).isGreaterThan(from);
        return doc.substring(0, from + start.length()) + content + doc.substring(to);
    }

    static String mappingTable(Catalog catalog, FormMapping mapping) {
        StringBuilder md = new StringBuilder("| Bank question | MDS2 items | Values | Why |\n|---|---|---|---|\n");
        for (QuestionMapping q : mapping.questions()) {
            Question question = catalog.question(q.question()).orElseThrow();
            String items = q.items().stream().map(i -> i.item() + (i.secure().equals("no") ? " *(no)*" : ""))
                    .collect(Collectors.joining(", "));
            String values = q.values() == null ? "yes/no (secure: " + question.secureAnswer() + ")"
                    : "as marked: " + q.values().secure() + (q.values().partial().isEmpty() ? ""
                            : "; mixed: " + q.values().partial()) + "; otherwise: " + q.values().insecure();
            md.append("| `").append(q.question()).append("` | ").append(items).append(" | ").append(values)
                    .append(" | ").append(q.why().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    static String unmapped(Catalog catalog, FormMapping mapping) {
        Set<String> mapped = mapping.questions().stream().map(QuestionMapping::question).collect(Collectors.toSet());
        StringBuilder md = new StringBuilder("| Question | Section | Mandatory |\n|---|---|---|\n");
        catalog.questions(mapping.profile()).stream().filter(q -> !mapped.contains(q.id()))
                .forEach(q -> md.append("| `").append(q.id()).append("` | ").append(q.section()).append(" | ")
                        .append(q.mandatory() ? "yes" : "").append(" |\n"));
        return md.toString();
    }
}
