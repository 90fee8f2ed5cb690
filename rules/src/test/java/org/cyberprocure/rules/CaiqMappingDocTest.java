package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.imports.CaiqReader;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.junit.jupiter.api.Test;

/** The CAIQ v4 mapping table: its shape, and the copy in docs/inputs.md. */
class CaiqMappingDocTest {
    static final FormMapping CAIQ = RuleTesting.CHECKER.catalog().formMapping(CaiqReader.FORM).orElseThrow();

    /** The table as docs/inputs.md shows it. */
    static String table() {
        List<String> rows = new ArrayList<>(List.of("| Question | CAIQ v4 items (secure answer) | Why |",
                "|---|---|---|"));
        for (FormMapping.QuestionMapping q : CAIQ.questions()) {
            rows.add("| `" + q.question() + "` | " + q.items().stream()
                    .map(i -> "`" + i.item() + "` (" + i.secure() + ")").collect(Collectors.joining(", "))
                    + " | " + q.why() + " |");
        }
        return String.join("\n", rows);
    }

    @Test
    void inputsDoc_showsTheMappingTableOfTheRulePack() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "inputs.md"));
        String start = "<!-- caiq-mapping:start -->\n";
        String section = doc.substring(doc.indexOf(start) + start.length(), doc.indexOf("\n<!-- caiq-mapping:end -->"));

        assertThat(section).as("regenerate the table in docs/inputs.md from forms/caiq-v4.json").isEqualTo(table());
    }

    @Test
    void mapping_answersCloudQuestionsWithCaiqShapedIds_onlyYesNoQuestions() {
        assertThat(CAIQ.profile()).isEqualTo(Profile.CLOUD_MIGRATION);
        assertThat(CAIQ.items()).hasSize(216).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|IVS|LOG|SEF|STA|TVM|UEM)"
                        + "-\\d{2}\\.\\d"));
        for (FormMapping.QuestionMapping q : CAIQ.questions()) {
            Question question = RuleTesting.CHECKER.catalog().question(q.question()).orElseThrow();
            assertThat(question.belongsTo(Profile.CLOUD_MIGRATION)).as(q.question()).isTrue();
            assertThat(question.type()).as(q.question()).isIn(AnswerType.YES_NO, AnswerType.YES_NO_PARTIAL);
            assertThat(q.why()).as(q.question()).isNotBlank().hasSizeLessThan(200);
            assertThat(q.items()).as(q.question()).isNotEmpty()
                    .allMatch(i -> CAIQ.items().contains(i.item()) && i.secure().equals("yes"));
        }
    }
}
