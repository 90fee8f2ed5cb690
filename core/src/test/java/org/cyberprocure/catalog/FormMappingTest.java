package org.cyberprocure.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.catalog.FormMapping.Gate;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.catalog.FormMapping.Values;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.junit.jupiter.api.Test;

/** A form mapping must agree with the question bank, or the catalog does not load. */
class FormMappingTest {
    static final List<Question> BANK = List.of(
            new Question("AUTHN", "?", AnswerType.YES_NO, List.of(), false, "yes", false, "",
                    Set.of(Profile.MEDICAL_DEVICE), "S", ""),
            new Question("CLOUDQ", "?", AnswerType.YES_NO, List.of(), false, "yes", false, "",
                    Set.of(Profile.CLOUD_MIGRATION), "S", ""),
            new Question("KEYS", "?", AnswerType.ENUM, List.of("CUSTOMER", "NONE"), false, "CUSTOMER", false, "",
                    Set.of(Profile.MEDICAL_DEVICE), "S", ""));

    static FormMapping mapping(Map<String, String> aliases, List<Gate> gates, Map<String, String> meta,
                               List<QuestionMapping> questions) {
        return new FormMapping("F", "Form F", Profile.MEDICAL_DEVICE, List.of("A-1", "A-2", "B-1", "B-2"), aliases,
                List.of(), gates, meta, questions);
    }

    static QuestionMapping q(String question, String item, String secure) {
        return new QuestionMapping(question, List.of(new ItemPolarity(item, secure)), null, "");
    }

    static Catalog catalog(FormMapping mapping) {
        return new Catalog("t", List.of(), BANK, List.of(), List.of(mapping));
    }

    @Test
    void validMapping_loads_andIsFoundByForm() {
        FormMapping good = mapping(Map.of("AA-1", "A-1"), List.of(new Gate("B-1", "no", "B")),
                Map.of("vendor.name", "A-2"), List.of(q("AUTHN", "A-1", "no"),
                        new QuestionMapping("KEYS", List.of(new ItemPolarity("A-2", "yes")),
                                new Values("CUSTOMER", "", "NONE"), "")));
        Catalog catalog = catalog(good);
        assertThat(catalog.formMapping("F")).contains(good);
        assertThat(catalog.formMapping("G")).isEmpty();
        assertThat(good.canonical("AA-1")).contains("A-1");
        assertThat(good.canonical("ZZ-1")).isEmpty();
        assertThat(good.isText("A-2")).isTrue();
        assertThat(good.gatesCovering("B-2")).hasSize(1);
        assertThat(good.gatesCovering("B-1")).isEmpty();
    }

    @Test
    void questionNotInTheBank_orOfAnotherProfile_isAConfigurationError() {
        assertThatThrownBy(() -> catalog(mapping(Map.of(), List.of(), Map.of(), List.of(q("NOPE", "A-1", "yes")))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("NOPE is not in the question bank");
        assertThatThrownBy(() -> catalog(mapping(Map.of(), List.of(), Map.of(), List.of(q("CLOUDQ", "A-1", "yes")))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not part of the medical-device");
    }

    @Test
    void unknownItem_badPolarity_badAlias_badGate_badMeta_areConfigurationErrors() {
        assertThatThrownBy(() -> catalog(mapping(Map.of(), List.of(), Map.of(), List.of(q("AUTHN", "X-9", "yes")))))
                .hasMessageContaining("unknown item X-9");
        assertThatThrownBy(() -> catalog(mapping(Map.of(), List.of(), Map.of(), List.of(q("AUTHN", "A-1", "maybe")))))
                .hasMessageContaining("secure must be yes or no");
        assertThatThrownBy(() -> catalog(mapping(Map.of("AA-1", "Z-1"), List.of(), Map.of(), List.of())))
                .hasMessageContaining("alias AA-1 points to unknown item Z-1");
        assertThatThrownBy(() -> catalog(mapping(Map.of(), List.of(new Gate("B-1", "perhaps", "C")), Map.of(),
                List.of()))).hasMessageContaining("answer must be yes or no").hasMessageContaining("with no items");
        assertThatThrownBy(() -> catalog(mapping(Map.of(), List.of(), Map.of("vendor.shoe", "A-1"), List.of())))
                .hasMessageContaining("unknown header field vendor.shoe");
    }

    @Test
    void enumQuestionWithoutValues_orValuesTheQuestionRefuses_areConfigurationErrors() {
        assertThatThrownBy(() -> catalog(mapping(Map.of(), List.of(), Map.of(), List.of(q("KEYS", "A-1", "yes")))))
                .hasMessageContaining("name the values to give");
        assertThatThrownBy(() -> catalog(mapping(Map.of(), List.of(), Map.of(), List.of(new QuestionMapping("KEYS",
                List.of(new ItemPolarity("A-1", "yes")), new Values("CUSTOMER", "SOME", "NONE"), "")))))
                .hasMessageContaining("value 'SOME'");
    }

    static FormMapping withExtras(Map<String, String> meanings, Map<String, String> formAnswers, String mixed,
                                  List<QuestionMapping> questions) {
        return new FormMapping("F", "Form F", Profile.MEDICAL_DEVICE, List.of("A-1", "A-2"), Map.of(), List.of(),
                List.of(), Map.of(), questions, meanings, formAnswers, mixed);
    }

    @Test
    void meaningsFormAnswersAndMixed_areChecked() {
        FormMapping good = withExtras(Map.of("A-1", "first", "A-2", "second"), Map.of("KEYS", "NONE"), "unanswered",
                List.of(new QuestionMapping("AUTHN", List.of(new ItemPolarity("A-1", "yes"),
                        new ItemPolarity("A-2", "yes", false, true, false)), null, "")));
        assertThat(catalog(good).formMapping("F")).contains(good);
        assertThatThrownBy(() -> catalog(withExtras(Map.of("A-1", "first"), Map.of(), null, List.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("item A-2 has no meaning");
        assertThatThrownBy(() -> catalog(withExtras(Map.of(), Map.of("KEYS", "SOME"), null, List.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("form answer 'SOME' to KEYS");
        assertThatThrownBy(() -> catalog(withExtras(Map.of(), Map.of("CLOUDQ", "yes"), null, List.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not part of the");
        assertThatThrownBy(() -> catalog(withExtras(Map.of(), Map.of(), "sometimes", List.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("mixed must be");
        assertThatThrownBy(() -> catalog(withExtras(Map.of(), Map.of(), null, List.of(new QuestionMapping("AUTHN",
                List.of(new ItemPolarity("A-2", "yes", true, true, false)), null, "")))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("every item is supporting");
        assertThat(withExtras(null, null, null, List.of()).mixed()).isEqualTo(FormMapping.MIXED_INSECURE);
        assertThat(new ItemPolarity("A-1", "yes", null, false, false).hospitalCanOwn()).isTrue();
    }
}
