package org.cyberprocure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cyberprocure.Policy;
import org.junit.jupiter.api.Test;

/** The one construction path for assessments made outside the checker. */
class AssessmentBuilderTest {
    private static Assessment.Builder minimal() {
        return Assessment.builder().questionnaireId("Q-1").vendor(new Vendor("Vendor", "DE", ""))
                .product(new Product("Product", "1", ProductKind.MEDICAL_DEVICE)).profile(Profile.MEDICAL_DEVICE)
                .asOf(LocalDate.of(2026, 11, 1)).catalogVersion("test-1").rulePack("pack").rulePackVersion("1")
                .decision(Decision.REJECT);
    }

    @Test
    void minimalAssessment_hasEmptyListsAndTheScoringPolicysLabel() {
        Assessment a = minimal().scoringPolicy(Policy.defaults()).build();

        assertThat(a.policy()).isEqualTo(Policy.defaults().label());
        assertThat(a.findings()).isEmpty();
        assertThat(a.waivers()).isEmpty();
        assertThat(a.requirementDigests()).isEmpty();
        assertThat(a.decisionReasonMessages()).isEmpty();
        assertThat(a.contractEnd()).isNull();
        assertThat(a.hospitalCountry()).isNull();
    }

    @Test
    void toBuilder_unchanged_givesAnEqualAssessment_andChangesOnlyWhatIsSet() {
        Assessment a = minimal().policy(Policy.defaults().label()).hospitalCountry("AT")
                .requirementDigests(Map.of("R-1", "abc")).decisionReasons(List.of("why")).build();

        assertThat(a.toBuilder().build()).isEqualTo(a);
        Assessment other = a.toBuilder().decision(Decision.ACCEPT).build();
        assertThat(other.decision()).isEqualTo(Decision.ACCEPT);
        assertThat(other).usingRecursiveComparison().ignoringFields("decision").isEqualTo(a);
    }

    @Test
    void missingRequiredComponent_isNamed() {
        assertThatThrownBy(() -> minimal().vendor(null).policy("p 1").build())
                .isInstanceOf(NullPointerException.class).hasMessage("vendor");
        assertThatThrownBy(() -> minimal().build()).isInstanceOf(NullPointerException.class).hasMessage("policy");
    }
}
