package org.cyberprocure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * A number question's bounds, as every import applies them: JSON and CSV readers and the vendor form readers
 * (MDS2, CAIQ) all hand their answers to {@link QuestionnaireValidator#checkAnswers}.
 */
class NumberBoundsTest {
    private static final Question DAYS = new Question("FIX-DAYS", "Within how many days is a critical flaw fixed?",
            AnswerType.NUMBER, List.of(), false, "", false, "", Set.of(Profile.MEDICAL_DEVICE), "S", "", false,
            BigDecimal.ZERO, BigDecimal.valueOf(365));
    private static final Catalog CATALOG = new Catalog("t", List.of(), List.of(DAYS));

    @Test
    void numbersOutsideTheBounds_areRefusedWhereTheyStand_insideAreAccepted() {
        SourceLocation cell = SourceLocation.cell("form.xlsx", "Sheet", 12, 3);
        List<Problem> problems = new ArrayList<>();
        List<Answer> accepted = QuestionnaireValidator.checkAnswers(CATALOG, Profile.MEDICAL_DEVICE, List.of(
                new Answer("FIX-DAYS", "-60", "", List.of(), cell)), problems);
        assertThat(accepted).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.INVALID_VALUE);
            assertThat(p.location()).isEqualTo(cell);
            assertThat(p.message()).isEqualTo("'-60' is not a valid answer to FIX-DAYS (\u201cWithin how many days is "
                    + "a critical flaw fixed?\u201d); expected a number from 0 to 365");
        });
        for (String inside : List.of("0", "365", "7.5")) {
            assertThat(QuestionnaireValidator.normalise(DAYS, inside)).contains(inside);
        }
        assertThat(QuestionnaireValidator.normalise(DAYS, "365.01")).isEmpty();
    }

    @Test
    void boundsBelongToNumberQuestionsOnly_andMustBeOrdered() {
        assertThatThrownBy(() -> new Question("Q", "?", AnswerType.YES_NO, List.of(), false, "yes", false, "",
                Set.of(Profile.MEDICAL_DEVICE), "S", "", false, BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Question("Q", "?", AnswerType.NUMBER, List.of(), false, "", false, "",
                Set.of(Profile.MEDICAL_DEVICE), "S", "", false, BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
