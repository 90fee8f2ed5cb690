package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.catalog.FormMapping.ImpliedAnswer;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
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
            md.append("| `").append(q.question()).append("` | ").append(items(q)).append(" | ")
                    .append(values(q, question)).append(" | ").append(q.why().replace("|", "\\|")).append(" |\n");
        }
        mapping.formAnswers().forEach((question, value) -> md.append("| `").append(question)
                .append("` | *(the form itself)* | ").append(value).append(" (evidence: the form's file) | The form read is")
                .append(" itself the vendor's completed ").append(mapping.title()).append(". |\n"));
        for (ImpliedAnswer a : mapping.impliedAnswers()) {
            md.append("| `").append(a.question()).append("` | *(the form's kind)* | ").append(a.value())
                    .append(" (no evidence) | ").append(a.why().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    /** Items with their reading: *(no)* reversed, grouped items joined by "or", ignored answers and settling items. */
    static String items(QuestionMapping q) {
        List<String> parts = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (ItemPolarity i : q.items()) {
            String item = i.item() + (i.secure().equals("no") ? " *(no)*" : "")
                    + (i.ignore().isEmpty() ? "" : " (" + i.ignore() + " not counted)")
                    + (i.optional().isEmpty() ? "" : " (optional: " + i.optional() + ")");
            if (i.group().isEmpty()) {
                parts.add(item);
            } else {
                groups.computeIfAbsent(i.group(), g -> {
                    List<String> members = new ArrayList<>();
                    parts.add("\u0000" + g);
                    return members;
                }).add(item);
            }
        }
        List<String> shown = parts.stream().map(p -> p.startsWith("\u0000")
                ? "(" + String.join(" or ", groups.get(p.substring(1))) + ")" : p).toList();
        String settled = q.settledBy().stream().map(st -> st.item() + " = " + st.answer() + " settles it: "
                + (st.value().isEmpty() ? "unanswered" : st.value())).collect(Collectors.joining("; "));
        return String.join(", ", shown) + (settled.isEmpty() ? "" : (shown.isEmpty() ? "" : "; ") + settled);
    }

    static String values(QuestionMapping q, Question question) {
        String values = q.values() == null ? "yes/no (secure: " + question.secureAnswer() + ")"
                : "as marked: " + shown(q.values().secure()) + (q.values().partial().isEmpty() ? ""
                        : "; mixed: " + q.values().partial()) + "; otherwise: " + shown(q.values().insecure());
        String byNote = q.noteValues().stream().map(n -> "`" + n.pattern().replace("|", "\\|") + "` → " + n.value())
                .collect(Collectors.joining(", "));
        return values + (byNote.isEmpty() ? "" : "; a note naming " + byNote);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "unanswered" : value;
    }

    static String unmapped(Catalog catalog, FormMapping mapping) {
        Set<String> mapped = mapping.questions().stream().map(QuestionMapping::question).collect(Collectors.toCollection(java.util.HashSet::new));
        mapped.addAll(mapping.formAnswers().keySet());
        mapping.impliedAnswers().forEach(a -> mapped.add(a.question()));
        StringBuilder md = new StringBuilder("| Question | Section | Mandatory |\n|---|---|---|\n");
        catalog.questions(mapping.profile()).stream().filter(q -> !mapped.contains(q.id()))
                .forEach(q -> md.append("| `").append(q.id()).append("` | ").append(q.section()).append(" | ")
                        .append(q.mandatory() ? "yes" : "").append(" |\n"));
        return md.toString();
    }
}
