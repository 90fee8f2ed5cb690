package org.cyberprocure.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.imports.FormMapperTest.DEVICE;
import static org.cyberprocure.imports.FormMapperTest.item;
import static org.cyberprocure.imports.FormMapperTest.yesNo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.NoteValue;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.catalog.FormMapping.Settle;
import org.cyberprocure.catalog.FormMapping.Values;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.junit.jupiter.api.Test;

/** How items read beyond plain yes/no: qualified yes, ignored answers, groups, settling items, values by note. */
class FormMapperReadingsTest {
    static final Catalog CATALOG = new Catalog("t-1", List.of(), List.of(
            new Question("CTRL", "Control?", AnswerType.YES_NO_PARTIAL, List.of(), false, "yes", false, "", DEVICE,
                    "S", ""),
            yesNo("STRICT", "yes", false),
            yesNo("SCHED", "yes", false),
            yesNo("ZONE", "yes", false),
            new Question("AUTH", "Auth?", AnswerType.YES_NO_PARTIAL, List.of(), false, "yes", false, "", DEVICE, "S",
                    ""),
            yesNo("REMOTE", "yes", false),
            yesNo("RADIO", "yes", true),
            new Question("SDL", "Standard?", AnswerType.ENUM, List.of("STD_A", "STD_B", "OWN", "NONE"), false,
                    "STD_A", false, "", DEVICE, "S", ""),
            new Question("RADIOS", "Radios?", AnswerType.ENUM, List.of("NONE_FITTED", "SAFE", "UNSAFE"), false,
                    "SAFE", false, "", DEVICE, "S", "")));

    static final FormMapping MAPPING = new FormMapping("F", "Form F", Profile.MEDICAL_DEVICE,
            List.of("A-1", "A-2", "A-3", "A-4", "R-1", "R-1.1", "W-1", "W-1.1", "W-1.2", "D-1"), Map.of(), List.of(),
            List.of(), Map.of(),
            List.of(new QuestionMapping("CTRL", List.of(new ItemPolarity("A-1", "yes")), null, ""),
                    new QuestionMapping("STRICT", List.of(new ItemPolarity("A-1", "yes")), null, ""),
                    new QuestionMapping("SCHED", List.of(new ItemPolarity("A-2", "no", "secure", "", "")), null, ""),
                    new QuestionMapping("ZONE", List.of(new ItemPolarity("A-3", "yes", "", "no", ""),
                            new ItemPolarity("A-4", "yes", "", "no", "")), null, ""),
                    new QuestionMapping("AUTH", List.of(new ItemPolarity("A-1", "yes"),
                            new ItemPolarity("A-3", "yes", "", "", "mfa-or-sso"),
                            new ItemPolarity("A-4", "yes", "", "", "mfa-or-sso")), null, ""),
                    new QuestionMapping("REMOTE", List.of(new ItemPolarity("R-1.1", "yes")), null, "",
                            List.of(new Settle("R-1", "no", "yes")), List.of()),
                    new QuestionMapping("RADIO", List.of(), null, "", List.of(new Settle("W-1", "no", "n/a")),
                            List.of()),
                    new QuestionMapping("RADIOS", List.of(new ItemPolarity("W-1.1", "no"),
                            new ItemPolarity("W-1.2", "no")), new Values("NONE_FITTED", "", ""), ""),
                    new QuestionMapping("SDL", List.of(new ItemPolarity("D-1", "yes")), new Values("OWN", "", "NONE"),
                            "", List.of(), List.of(new NoteValue("std-a", "STD_A"), new NoteValue("std-b", "STD_B")))),
            Map.of(), Map.of(), null, List.of("optional", "if enabled"), List.of(), List.of());

    static Map<String, Answer> map(FormItem... items) {
        return FormMapper.map(CATALOG, MAPPING, List.of(items)).answers().stream()
                .collect(Collectors.toMap(Answer::questionId, a -> a));
    }

    @Test
    void qualifiedYes_isPartial_orTheInsecureAnswerWhereTheQuestionHasNoPartial() {
        Map<String, Answer> optional = map(item("A-1", "yes", "optional; off by default"));
        assertThat(optional.get("CTRL").value()).isEqualTo("partial");
        assertThat(optional.get("STRICT").value()).isEqualTo("no");
        assertThat(map(item("A-1", "yes", "(if enabled by service)")).get("CTRL").value()).isEqualTo("partial");
        // Only the leading word qualifies: a note that merely mentions the word does not.
        assertThat(map(item("A-1", "yes", "LDAP; optional SSO")).get("CTRL").value()).isEqualTo("yes");
        assertThat(map(item("A-1", "yes", "Optionality documented")).get("CTRL").value()).isEqualTo("yes");
    }

    @Test
    void qualifiedYes_readsAsTheMappingSays_whereOptionalIsTheSecureCase() {
        // Automatic installation that is optional can be switched off: the hospital schedules updates.
        assertThat(map(item("A-2", "yes", "optional")).get("SCHED").value()).isEqualTo("yes");
        assertThat(map(item("A-2", "yes", "")).get("SCHED").value()).isEqualTo("no");
    }

    @Test
    void ignoredAnswers_doNotCount() {
        assertThat(map(item("A-3", "no", ""), item("A-4", "no", ""))).doesNotContainKey("ZONE");
        assertThat(map(item("A-3", "no", ""), item("A-4", "yes", "")).get("ZONE").value()).isEqualTo("yes");
        assertThat(map(item("A-3", "no", ""), item("A-4", "yes", "")).get("ZONE").origin().items())
                .containsExactly("A-4");
    }

    @Test
    void groupedItems_countAsOne_secureWhenAnyIs() {
        assertThat(map(item("A-1", "yes", ""), item("A-3", "no", ""), item("A-4", "yes", "")).get("AUTH").value())
                .isEqualTo("yes");
        assertThat(map(item("A-1", "yes", ""), item("A-3", "no", ""), item("A-4", "no", "")).get("AUTH").value())
                .isEqualTo("partial");
        assertThat(map(item("A-1", "yes", ""), item("A-3", "yes", "optional"), item("A-4", "no", "")).get("AUTH")
                .value()).isEqualTo("partial");
    }

    @Test
    void settlingItem_decidesAlone_whateverTheOtherItemsSay() {
        Map<String, Answer> none = map(item("R-1", "no", "service on site only"), item("R-1.1", "no", ""));
        assertThat(none.get("REMOTE").value()).isEqualTo("yes");
        assertThat(none.get("REMOTE").origin().items()).containsExactly("R-1");
        assertThat(none.get("REMOTE").comment()).isEqualTo("R-1: service on site only");
        assertThat(map(item("R-1", "yes", ""), item("R-1.1", "no", "")).get("REMOTE").value()).isEqualTo("no");
        assertThat(map(item("W-1", "no", "")).get("RADIO").value()).isEqualTo("n/a");
        assertThat(map(item("W-1", "yes", ""))).doesNotContainKey("RADIO");
    }

    @Test
    void emptyValue_leavesTheQuestionOpen_whenTheFormCannotTellWhichValue() {
        assertThat(map(item("W-1.1", "no", ""), item("W-1.2", "no", "")).get("RADIOS").value())
                .isEqualTo("NONE_FITTED");
        assertThat(map(item("W-1.1", "yes", ""), item("W-1.2", "no", ""))).doesNotContainKey("RADIOS");
    }

    @Test
    void noteNamingAValue_replacesTheSecureValue_firstPatternFirst() {
        assertThat(map(item("D-1", "yes", "")).get("SDL").value()).isEqualTo("OWN");
        assertThat(map(item("D-1", "yes", "per STD-B")).get("SDL").value()).isEqualTo("STD_B");
        assertThat(map(item("D-1", "yes", "STD-B and std-a")).get("SDL").value()).isEqualTo("STD_A");
        assertThat(map(item("D-1", "no", "std-a planned")).get("SDL").value()).isEqualTo("NONE");
    }
}
