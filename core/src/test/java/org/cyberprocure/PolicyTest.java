package org.cyberprocure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberprocure.model.Citation;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {

    private static Policy parse(String json) {
        return Policy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-policy.json");
    }

    private static Requirement requirement(String id, Severity severity, boolean knockOut) {
        return new Requirement(id, "T", new Citation("GDPR", "GDPR", "Art 32"), "P", "D", java.util.Set.of(
                Profile.CLOUD_MIGRATION), LegalForce.BINDING_LAW, severity, knockOut, List.of(), "", "", List.of(),
                null, "", List.of());
    }

    @Test
    void defaultPolicy_isTheDocumentedOne() {
        Policy policy = Policy.defaults();
        assertThat(policy.severityWeights()).containsEntry(Severity.CRITICAL, 4).containsEntry(Severity.LOW, 1);
        assertThat(policy.partialCredit()).isEqualTo(0.5);
        assertThat(policy.rejectBelowScore()).isEqualTo(50.0);
        assertThat(policy.contradictionsBlockAccept()).isTrue();
        assertThat(policy.credit(Status.PARTIALLY_MET)).isEqualTo(0.5);
    }

    @Test
    void hospitalPolicy_overridesWeightsCreditAndKnockOuts() {
        Policy policy = parse("""
                {"policyFormat": "cyberprocure-policy/1", "name": "Uniklinik", "version": "3",
                 "severityWeights": {"HIGH": 10}, "partialCredit": 0.25, "rejectBelowScore": null,
                 "knockOuts": {"add": ["A-1"], "remove": ["B-2"]}, "requirementWeights": {"C-3": 7}}
                """);
        assertThat(policy.label()).isEqualTo("Uniklinik 3");
        assertThat(policy.weight(requirement("X", Severity.HIGH, false))).isEqualTo(10);
        assertThat(policy.weight(requirement("X", Severity.MEDIUM, false))).isEqualTo(2);
        assertThat(policy.weight(requirement("C-3", Severity.LOW, false))).isEqualTo(7);
        assertThat(policy.isKnockOut(requirement("A-1", Severity.LOW, false))).isTrue();
        assertThat(policy.isKnockOut(requirement("B-2", Severity.LOW, true))).isFalse();
        assertThat(policy.credit(Status.PARTIALLY_MET)).isEqualTo(0.25);
        assertThat(policy.rejectBelowScore()).isNull();
    }

    @Test
    void thresholds_comeFromThePolicyElseTheDefault() {
        Policy policy = parse("""
                {"policyFormat": "cyberprocure-policy/1", "name": "U", "version": "1",
                 "thresholds": {"breachNoticeHours": 48}, "hospitalCountry": "de"}
                """);
        assertThat(policy.threshold("breachNoticeHours")).isEqualTo(48);
        assertThat(policy.threshold("criticalPatchDays")).isEqualTo(Policy.defaults().threshold("criticalPatchDays"));
        assertThat(policy.effectiveThresholds()).containsEntry("breachNoticeHours", 48)
                .containsKeys(Policy.defaults().thresholds().keySet().toArray(String[]::new));
        assertThat(policy.hospitalCountry()).isEqualTo("DE");
        assertThat(Policy.defaults().hospitalCountry()).isNull();
    }

    @Test
    void unknownThreshold_isAConfigurationErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> parse("""
                {"policyFormat": "cyberprocure-policy/1", "name": "U", "version": "1",
                 "thresholds": {"breachNoticeHour": 48}}
                """)).isInstanceOf(ConfigurationException.class).hasMessageContaining("breachNoticeHour")
                .hasMessageContaining("breachNoticeHours");
        assertThatThrownBy(() -> Policy.defaults().threshold("noSuchThreshold"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("noSuchThreshold");
    }

    @Test
    void badHospitalCountry_isRejected() {
        assertThatThrownBy(() -> parse("""
                {"policyFormat": "cyberprocure-policy/1", "name": "U", "version": "1", "hospitalCountry": "DEU"}
                """)).isInstanceOf(ConfigurationException.class).hasMessageContaining("/hospitalCountry");
        assertThatThrownBy(() -> EvaluationContext.defaults().withHospitalCountry("D1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 3166-1");
        assertThat(EvaluationContext.defaults().withHospitalCountry(" fr ").hospitalCountry()).isEqualTo("FR");
    }

    @Test
    void schemaViolations_areConfigurationErrorsNamingThePointer() {
        assertThatThrownBy(() -> parse("""
                {"policyFormat": "cyberprocure-policy/1", "name": "X", "version": "1", "partialCredit": 2,
                 "severityWeights": {"URGENT": 1}}
                """)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("test-policy.json").hasMessageContaining("/partialCredit")
                .hasMessageContaining("/severityWeights");
    }

    @Test
    void codeInAPolicy_isRejectedAsUnknownField() {
        assertThatThrownBy(() -> parse("""
                {"policyFormat": "cyberprocure-policy/1", "name": "X", "version": "1",
                 "rules": "rule \\"x\\" when then System.exit(0); end"}
                """)).isInstanceOf(ConfigurationException.class).hasMessageContaining("rules");
    }

    @Test
    void malformedJson_isAConfigurationErrorWithTheLine() {
        assertThatThrownBy(() -> parse("{\n\"name\": }")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void unknownRequirementIds_areRejectedAgainstTheCatalog(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, """
                {"policyFormat": "cyberprocure-policy/1", "name": "X", "version": "1",
                 "knockOuts": {"add": ["NOPE-1"]}}
                """);
        Policy policy = Policy.read(file);
        assertThatThrownBy(() -> policy.checkAgainst(TestCatalog.create()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("NOPE-1");
        Policy.defaults().checkAgainst(TestCatalog.create());
    }
}
