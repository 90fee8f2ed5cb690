package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.imports.CaiqReader;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.junit.jupiter.api.Test;

/** The CAIQ v4 mapping table: its shape, what it must never answer, and the copy in docs/inputs.md. */
class CaiqMappingDocTest {
    static final Catalog CATALOG = RuleTesting.CHECKER.catalog();
    static final FormMapping CAIQ = CATALOG.formMapping(CaiqReader.FORM).orElseThrow();

    /** The table as docs/inputs.md shows it. */
    static String table() {
        List<String> rows = new ArrayList<>(List.of("| Question | CAIQ v4 items (secure answer) | Why |",
                "|---|---|---|"));
        for (FormMapping.QuestionMapping q : CAIQ.questions()) {
            String values = q.values() == null ? "" : " → `" + q.values().secure() + "` / `" + q.values().insecure()
                    + "`";
            rows.add("| `" + q.question() + "` | " + q.items().stream().map(CaiqMappingDocTest::describe)
                    .collect(Collectors.joining(", ")) + values + " | " + q.why() + " |");
        }
        CAIQ.formAnswers().forEach((question, value) -> rows.add("| `" + question + "` | the form itself → `" + value
                + "` | A completed CAIQ is the standard disclosure; the hospital is never asked for it again. |"));
        return String.join("\n", rows);
    }

    private static String describe(FormMapping.ItemPolarity i) {
        List<String> marks = new ArrayList<>();
        marks.add(i.secure());
        if (i.supporting()) {
            marks.add("supporting");
        }
        if (i.insecureOnly()) {
            marks.add("a No only");
        }
        if (!i.hospitalCanOwn()) {
            marks.add("provider only");
        }
        return "`" + i.item() + "` (" + String.join(", ", marks) + ")";
    }

    @Test
    void inputsDoc_showsTheMappingTableOfTheRulePack() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "inputs.md"));
        String start = "<!-- caiq-mapping:start -->\n";
        String section = doc.substring(doc.indexOf(start) + start.length(), doc.indexOf("\n<!-- caiq-mapping:end -->"));

        assertThat(section).as("regenerate the table in docs/inputs.md from forms/caiq-v4.json").isEqualTo(table());
    }

    @Test
    void mapping_knowsEveryOfficialV403Id_withAMeaning() {
        assertThat(CAIQ.profile()).isEqualTo(Profile.CLOUD_MIGRATION);
        assertThat(CAIQ.items()).hasSize(261).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|IVS|LOG|SEF|STA|TVM|UEM)"
                        + "-\\d{2}\\.\\d"));
        Map<String, Long> perDomain = CAIQ.items().stream()
                .collect(Collectors.groupingBy(id -> id.substring(0, id.indexOf('-')), Collectors.counting()));
        assertThat(perDomain).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("A&A", 8L),
                Map.entry("AIS", 11L), Map.entry("BCR", 18L), Map.entry("CCC", 11L), Map.entry("CEK", 23L),
                Map.entry("DCS", 23L), Map.entry("DSP", 24L), Map.entry("GRC", 9L), Map.entry("HRS", 20L),
                Map.entry("IAM", 21L), Map.entry("IPY", 8L), Map.entry("IVS", 14L), Map.entry("LOG", 18L),
                Map.entry("SEF", 11L), Map.entry("STA", 15L), Map.entry("TVM", 12L), Map.entry("UEM", 15L)));
        // sub-questions a real sheet answers that an earlier list missed
        assertThat(CAIQ.items()).contains("HRS-01.3", "DCS-01.3", "LOG-03.2", "IPY-01.5", "IVS-03.5", "SEF-07.2",
                "A&A-06.2", "IAM-14.2");
        assertThat(CAIQ.meanings().keySet()).containsExactlyElementsOf(CAIQ.items());
        assertThat(CAIQ.meanings().values()).allMatch(m -> !m.isBlank() && m.length() < 100);
        // the meanings that were read wrongly before
        assertThat(CAIQ.meanings().get("HRS-01.3")).contains("reviewed at least yearly");
        assertThat(CAIQ.meanings().get("HRS-01.2")).doesNotContain("review");
        assertThat(CAIQ.meanings().get("LOG-03.2")).contains("Alerts");
        assertThat(CAIQ.meanings().get("TVM-03.1")).contains("responses to identified vulnerabilities");
        assertThat(CAIQ.meanings().get("DSP-14.1")).contains("disclosed").contains("before");
    }

    @Test
    void mapping_answersCloudQuestions_yesNoOrWithNamedValues() {
        for (FormMapping.QuestionMapping q : CAIQ.questions()) {
            Question question = CATALOG.question(q.question()).orElseThrow();
            assertThat(question.belongsTo(Profile.CLOUD_MIGRATION)).as(q.question()).isTrue();
            if (q.values() == null) {
                assertThat(question.type()).as(q.question()).isIn(AnswerType.YES_NO, AnswerType.YES_NO_PARTIAL);
            }
            assertThat(q.why()).as(q.question()).isNotBlank().hasSizeLessThan(200);
            assertThat(q.items()).as(q.question()).isNotEmpty()
                    .allMatch(i -> CAIQ.items().contains(i.item()) && i.secure().equals("yes"));
        }
        assertThat(CAIQ.mixed()).isEqualTo(FormMapping.MIXED_UNANSWERED);
        assertThat(CAIQ.formAnswers()).containsExactly(Map.entry("EHP-STD-DISCLOSURE", "CAIQ"));
    }

    /** CSP organisation controls never stand in for CRA product requirements (CRA Recital 11). */
    @Test
    void noCaiqItem_answersAQuestionOfACraRow() {
        List<String> craQuestions = CATALOG.requirements().stream()
                .filter(r -> r.citation().instrument().equals("CRA"))
                .flatMap(r -> r.questions().stream()).distinct().toList();
        assertThat(craQuestions).isNotEmpty();
        assertThat(CAIQ.questions()).extracting(FormMapping.QuestionMapping::question)
                .doesNotContainAnyElementsOf(craQuestions);
        assertThat(CAIQ.formAnswers().keySet()).doesNotContainAnyElementsOf(craQuestions);
    }

    /** A CAIQ describes practice: it never makes a contractual commitment or answers for this offer's remote access. */
    @Test
    void commitmentsAndOfferSpecificRemoteAccess_stayUnansweredOrOnlyTakeANo() {
        assertThat(CAIQ.question("BREACH-COMMIT")).isEmpty();
        assertThat(CAIQ.question("REMOTE-MFA")).isEmpty();
        assertThat(CAIQ.question("CLD-RESIDENCY-COMMIT")).isEmpty();
        for (String commitment : List.of("CLD-EXIT-ASSISTANCE", "EHP-REQ-CONTRACT", "GDPR-END-DELETION")) {
            assertThat(CAIQ.question(commitment).orElseThrow().items()).as(commitment)
                    .allMatch(FormMapping.ItemPolarity::insecureOnly);
        }
    }

    @Test
    void capabilitiesOnlyTheProviderCanOffer_areNeverTheHospitals() {
        assertThat(CAIQ.questions().stream().flatMap(q -> q.items().stream())
                .filter(i -> !i.hospitalCanOwn()).map(FormMapping.ItemPolarity::item))
                .containsExactlyInAnyOrder("CEK-08.1", "IAM-11.1", "STA-03.1");
    }
}
