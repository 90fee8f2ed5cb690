package org.cyberprocure.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.catalog.FormMapping.Gate;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.catalog.FormMapping.Values;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Responsibility;
import org.cyberprocure.model.SourceLocation;
import org.junit.jupiter.api.Test;

class FormMapperTest {
    static final Set<Profile> DEVICE = Set.of(Profile.MEDICAL_DEVICE);

    static Question yesNo(String id, String secure, boolean na) {
        return new Question(id, id + "?", AnswerType.YES_NO, List.of(), na, secure, false, "", DEVICE, "S", "");
    }

    static final Catalog CATALOG = new Catalog("t-1", List.of(), List.of(
            yesNo("AUTHN", "yes", false),
            yesNo("CREDS", "no", false),
            new Question("LOGS", "Logs?", AnswerType.YES_NO_PARTIAL, List.of(), true, "yes", false, "", DEVICE, "S", ""),
            new Question("KEYS", "Keys?", AnswerType.ENUM, List.of("CUSTOMER", "VENDOR", "NONE"), false, "CUSTOMER",
                    false, "", DEVICE, "S", ""),
            yesNo("ENC", "yes", true)));

    static final FormMapping MAPPING = new FormMapping("F", "Form F", Profile.MEDICAL_DEVICE,
            List.of("A-1", "A-2", "A-3", "B-1", "B-2", "B-2.1", "C-1"), Map.of("AA-1", "A-1"), List.of(),
            List.of(new Gate("B-1", "no", "B")), Map.of(),
            List.of(new QuestionMapping("AUTHN", List.of(new ItemPolarity("A-1", "yes"),
                            new ItemPolarity("A-2", "no")), null, "login, no root"),
                    new QuestionMapping("CREDS", List.of(new ItemPolarity("A-3", "no")), null, ""),
                    new QuestionMapping("LOGS", List.of(new ItemPolarity("A-1", "yes"),
                            new ItemPolarity("A-3", "no")), null, ""),
                    new QuestionMapping("KEYS", List.of(new ItemPolarity("C-1", "yes")),
                            new Values("CUSTOMER", "", "NONE"), ""),
                    new QuestionMapping("ENC", List.of(new ItemPolarity("B-2", "yes"),
                            new ItemPolarity("B-2.1", "yes")), null, "")));

    static FormItem item(String id, String value, String note) {
        return new FormItem("F", id, value, note, Responsibility.VENDOR, SourceLocation.line("f.csv", 1));
    }

    static Map<String, Answer> map(FormItem... items) {
        FormMapper.Result result = FormMapper.map(CATALOG, MAPPING, List.of(items));
        return Map.copyOf(result.answers().stream().collect(java.util.stream.Collectors.toMap(Answer::questionId,
                a -> a)));
    }

    @Test
    void allItemsSecure_giveTheSecureAnswer_withPolarity() {
        Map<String, Answer> answers = map(item("A-1", "yes", ""), item("A-2", "no", "root only for service"),
                item("A-3", "no", ""));
        assertThat(answers.get("AUTHN").value()).isEqualTo("yes");
        assertThat(answers.get("CREDS").value()).isEqualTo("no");
        assertThat(answers.get("AUTHN").comment()).isEqualTo("A-2: root only for service");
        assertThat(answers.get("AUTHN").origin().items()).containsExactly("A-1", "A-2");
        assertThat(answers.get("AUTHN").evidence()).isEmpty();
        assertThat(answers.get("AUTHN").mapped()).isTrue();
    }

    @Test
    void noItemSecure_givesTheInsecureAnswer() {
        Map<String, Answer> answers = map(item("A-1", "no", ""), item("A-2", "yes", ""), item("A-3", "yes", ""));
        assertThat(answers.get("AUTHN").value()).isEqualTo("no");
        assertThat(answers.get("CREDS").value()).isEqualTo("yes");
    }

    @Test
    void mixedItems_givePartialWhereAccepted_elseTheInsecureAnswer() {
        Map<String, Answer> answers = map(item("A-1", "yes", ""), item("A-2", "yes", ""), item("A-3", "yes", ""));
        assertThat(answers.get("AUTHN").value()).isEqualTo("no");
        assertThat(answers.get("LOGS").value()).isEqualTo("partial");
    }

    @Test
    void enumQuestion_takesTheMappingsValues() {
        assertThat(map(item("C-1", "yes", "")).get("KEYS").value()).isEqualTo("CUSTOMER");
        assertThat(map(item("C-1", "no", "")).get("KEYS").value()).isEqualTo("NONE");
    }

    @Test
    void naItems_doNotCount_andAllNa_givesNaOnlyWhereAccepted() {
        assertThat(map(item("A-1", "n/a", ""), item("A-2", "no", "")).get("AUTHN").value()).isEqualTo("yes");
        Map<String, Answer> allNa = map(item("A-1", "n/a", ""), item("A-2", "n/a", ""), item("A-3", "n/a", ""));
        assertThat(allNa).doesNotContainKey("AUTHN");
        assertThat(allNa.get("LOGS").value()).isEqualTo("n/a");
    }

    @Test
    void unansweredOrTextItems_leaveTheQuestionUnanswered() {
        Map<String, Answer> answers = map(item("C-1", "see the manual", ""));
        assertThat(answers).isEmpty();
    }

    @Test
    void closedGate_readsTheSectionAsNa_andNotesItemsAnsweredNoAnyway() {
        FormMapper.Result result = FormMapper.map(CATALOG, MAPPING, List.of(item("B-1", "no", ""),
                item("B-2", "no", ""), item("B-2.1", "n/a", "")));
        assertThat(result.answers()).singleElement().satisfies(a -> {
            assertThat(a.questionId()).isEqualTo("ENC");
            assertThat(a.value()).isEqualTo("n/a");
        });
        assertThat(result.notes()).singleElement().asString().contains("B-2 answered no").contains("B-1 = no");
    }

    @Test
    void closedGate_itemAnsweredYes_isReadAsNa_andLeftToTheFormsChecks_notNotedTwice() {
        FormMapper.Result result = FormMapper.map(CATALOG, MAPPING, List.of(item("B-1", "no", ""),
                item("B-2", "yes", ""), item("B-2.1", "n/a", "")));
        assertThat(result.answers()).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo("n/a"));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void openGate_leavesTheSectionAsAnswered() {
        FormMapper.Result result = FormMapper.map(CATALOG, MAPPING, List.of(item("B-1", "yes", ""),
                item("B-2", "yes", ""), item("B-2.1", "no", "")));
        assertThat(result.answers()).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo("no"));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void responsibility_isVendorIfAnyItemIs_elseSharedIfAny_elseHospital() {
        FormItem shared = new FormItem("F", "A-1", "yes", "", Responsibility.SHARED, SourceLocation.of("f"));
        FormItem hospital = new FormItem("F", "A-2", "no", "", Responsibility.HOSPITAL, SourceLocation.of("f"));
        FormItem vendor = new FormItem("F", "A-2", "no", "", Responsibility.VENDOR, SourceLocation.of("f"));
        assertThat(FormMapper.map(CATALOG, MAPPING, List.of(shared, hospital)).answers().get(0).responsibility())
                .isEqualTo(Responsibility.SHARED);
        assertThat(FormMapper.map(CATALOG, MAPPING, List.of(shared, vendor)).answers().get(0).responsibility())
                .isEqualTo(Responsibility.VENDOR);
        FormItem hospitalOnly = new FormItem("F", "A-1", "yes", "", Responsibility.HOSPITAL, SourceLocation.of("f"));
        assertThat(FormMapper.map(CATALOG, MAPPING, List.of(hospitalOnly, hospital)).answers().get(0)
                .responsibility()).isEqualTo(Responsibility.HOSPITAL);
    }

    @Test
    void answerValues_parseLeadingWord_andKeepTheRestAsNote() {
        assertThat(FormValues.parse("Yes, optional")).hasValue(new FormValues.Parsed("yes", "optional"));
        assertThat(FormValues.parse("N/A: no default accounts"))
                .hasValue(new FormValues.Parsed("n/a", "no default accounts"));
        assertThat(FormValues.parse("yes - see note")).hasValue(new FormValues.Parsed("yes", "see note"));
        assertThat(FormValues.parse(" NO ")).hasValue(new FormValues.Parsed("no", ""));
        assertThat(FormValues.parse("NA")).hasValue(new FormValues.Parsed("n/a", ""));
        assertThat(FormValues.parse("Not applicable (no radio)")).hasValue(new FormValues.Parsed("n/a", "no radio)"));
        assertThat(FormValues.parse("Nope")).isEmpty();
        assertThat(FormValues.parse("Maybe")).isEmpty();
        assertThat(FormValues.parse("Yesterday")).isEmpty();
        assertThat(FormValues.note("optional", "via the admin menu")).isEqualTo("optional; via the admin menu");
    }

    /** A CAIQ-like mapping: items disagreeing leave a yes/no question open, narrow items only support, etc. */
    static final Catalog OWNED_CATALOG = new Catalog("t-2", List.of(), List.of(
            yesNo("PLAN", "yes", false),
            new Question("TRAIN", "Training?", AnswerType.YES_NO_PARTIAL, List.of(), false, "yes", false, "", DEVICE,
                    "S", ""),
            yesNo("APPROVAL", "yes", false),
            yesNo("EXIT", "yes", false),
            new Question("FORMS", "Which form?", AnswerType.ENUM, List.of("MDS2", "CAIQ", "NONE"), false, "MDS2",
                    false, "Completed form", DEVICE, "S", "")));

    static final FormMapping OWNED = new FormMapping("C", "Form C", Profile.MEDICAL_DEVICE,
            List.of("P-1", "P-2", "P-3", "T-1", "T-2", "R-1", "X-1"), Map.of(), List.of(), List.of(), Map.of(),
            List.of(new QuestionMapping("PLAN", List.of(new ItemPolarity("P-1", "yes"), new ItemPolarity("P-2", "yes"),
                            new ItemPolarity("P-3", "yes", true, true, false)), null, "plans"),
                    new QuestionMapping("TRAIN", List.of(new ItemPolarity("T-1", "yes"), new ItemPolarity("T-2", "yes")),
                            null, "training"),
                    new QuestionMapping("APPROVAL", List.of(new ItemPolarity("R-1", "yes", false, false, false)), null,
                            "approval workflow"),
                    new QuestionMapping("EXIT", List.of(new ItemPolarity("X-1", "yes", true, false, true)), null,
                            "exit terms")),
            Map.of(), Map.of("FORMS", "CAIQ"), FormMapping.MIXED_UNANSWERED);

    static FormItem owned(String id, String value, Responsibility responsibility, String owner) {
        return new FormItem("C", id, value, "", responsibility, SourceLocation.line("c.csv", 3), owner);
    }

    static FormMapper.Result mapOwned(FormItem... items) {
        return FormMapper.map(OWNED_CATALOG, OWNED, List.of(items));
    }

    static Map<String, Answer> byQuestion(FormMapper.Result result) {
        return result.answers().stream().collect(java.util.stream.Collectors.toMap(Answer::questionId, a -> a));
    }

    @Test
    void mixedItems_onAYesNoQuestion_stayUnanswered_withANote_whenTheMappingSaysSo() {
        FormMapper.Result result = mapOwned(owned("P-1", "yes", Responsibility.VENDOR, "CSP-owned"),
                owned("P-2", "no", Responsibility.VENDOR, "CSP-owned"),
                owned("T-1", "yes", Responsibility.VENDOR, "CSP-owned"),
                owned("T-2", "no", Responsibility.VENDOR, "CSP-owned"));

        assertThat(byQuestion(result)).doesNotContainKey("PLAN");
        assertThat(byQuestion(result).get("TRAIN").value()).isEqualTo("partial");
        assertThat(result.notes()).singleElement().asString().startsWith("PLAN left unanswered")
                .contains("P-1 yes against P-2 no");
        assertThat(byQuestion(mapOwned(owned("P-1", "no", Responsibility.VENDOR, ""),
                owned("P-2", "no", Responsibility.VENDOR, ""))).get("PLAN").value()).isEqualTo("no");
    }

    @Test
    void supportingItem_neverAnswersAlone_butKeepsANarrowNoFromBecomingANo() {
        assertThat(byQuestion(mapOwned(owned("P-3", "no", Responsibility.VENDOR, "")))).doesNotContainKey("PLAN");
        assertThat(byQuestion(mapOwned(owned("P-3", "yes", Responsibility.VENDOR, "")))).doesNotContainKey("PLAN");
        // a primary item answered NA does not let the supporting one answer alone
        assertThat(byQuestion(mapOwned(owned("P-1", "n/a", Responsibility.VENDOR, ""),
                owned("P-3", "yes", Responsibility.VENDOR, "")))).doesNotContainKey("PLAN");
        // the narrow P-2 says no, the supporting P-3 says yes: a mix, not "no plan"
        assertThat(byQuestion(mapOwned(owned("P-2", "no", Responsibility.VENDOR, ""),
                owned("P-3", "yes", Responsibility.VENDOR, "")))).doesNotContainKey("PLAN");
        assertThat(byQuestion(mapOwned(owned("P-1", "yes", Responsibility.VENDOR, ""),
                owned("P-3", "yes", Responsibility.VENDOR, ""))).get("PLAN").origin().items())
                .containsExactly("P-1", "P-3");
    }

    @Test
    void insecureOnlyItem_aNoIsAFinding_aYesProvesNothing() {
        assertThat(byQuestion(mapOwned(owned("X-1", "no", Responsibility.VENDOR, ""))).get("EXIT").value())
                .isEqualTo("no");
        assertThat(byQuestion(mapOwned(owned("X-1", "yes", Responsibility.VENDOR, "")))).doesNotContainKey("EXIT");
        assertThat(byQuestion(mapOwned(owned("X-1", "n/a", Responsibility.VENDOR, "")))).doesNotContainKey("EXIT");
    }

    @Test
    void capabilityOnlyTheVendorCanOffer_staysTheVendors_whateverOwnerTheFormNames() {
        FormMapper.Result result = mapOwned(owned("R-1", "no", Responsibility.HOSPITAL, "CSC-owned"),
                owned("T-1", "no", Responsibility.HOSPITAL, "CSC-owned"));

        assertThat(byQuestion(result).get("APPROVAL").responsibility()).isEqualTo(Responsibility.VENDOR);
        assertThat(byQuestion(result).get("TRAIN").responsibility()).isEqualTo(Responsibility.HOSPITAL);
        assertThat(result.notes()).singleElement().asString().startsWith("R-1 (c.csv, line 3) is declared CSC-owned")
                .contains("only the vendor can offer");
        // declared the vendor's: nothing to correct, no note
        assertThat(mapOwned(owned("R-1", "no", Responsibility.VENDOR, "CSP-owned")).notes()).isEmpty();
    }

    @Test
    void formAnswers_sayWhatTheFormIs_withTheFormAsEvidence() {
        Answer form = byQuestion(mapOwned(owned("T-1", "yes", Responsibility.VENDOR, ""))).get("FORMS");

        assertThat(form.value()).isEqualTo("CAIQ");
        assertThat(form.evidence()).containsExactly("c.csv");
        assertThat(form.origin().describe()).isEqualTo("C (the form itself)");
        assertThat(form.responsibility()).isEqualTo(Responsibility.VENDOR);
        assertThat(mapOwned().answers()).isEmpty();
    }

    @Test
    void defaultMapping_keepsTheInsecureAnswerForAMix() {
        assertThat(MAPPING.mixed()).isEqualTo(FormMapping.MIXED_INSECURE);
        assertThat(map(item("A-1", "yes", ""), item("A-2", "yes", "")).get("AUTHN").value()).isEqualTo("no");
    }
}
