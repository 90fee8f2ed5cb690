package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.evaluate;

import org.cyberprocure.InputRejectedException;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** Questionnaires built in code are checked and normalised like files. */
class ApiValidationTest {

    @Test
    void valuesAreNormalisedBeforeTheRulesSeeThem() {
        assertThat(evaluate(RuleTesting.evidenced(cloud(a("ENC-REST", "YES"), a("ENC-TRANSIT", " Yes "))))
                .finding("GDPR-32-1a").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void unknownQuestionsAndInvalidValues_areRejected() {
        assertThatThrownBy(() -> evaluate(cloud(a("NO-SUCH-QUESTION", "yes"))))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.UNKNOWN_QUESTION));
        assertThatThrownBy(() -> evaluate(cloud(a("ENC-REST", "sometimes"))))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.INVALID_VALUE));
        assertThatThrownBy(() -> evaluate(cloud(a("MD-SUPPORT-END", "2030-01-01"))))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.WRONG_PROFILE));
    }
}
