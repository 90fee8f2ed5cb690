package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled example questionnaires in docs/examples/ and the decisions docs/examples/README.md promises. */
class ExamplesTest {
    static final Path EXAMPLES = SampleReportTest.EXAMPLES;

    /** Contract ends used in the README quick start; other examples are evaluated without a contract term. */
    static final Map<String, LocalDate> CONTRACT_END = Map.of(
            "medical-device.json", LocalDate.of(2031, 12, 31),
            "medical-device.csv", LocalDate.of(2031, 12, 31));

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("cloud-strong.json", Decision.ACCEPT),
                Arguments.of("cloud-weak.json", Decision.REJECT),
                Arguments.of("cloud-vendor.json", Decision.ACCEPT_WITH_CONDITIONS),
                Arguments.of("device-strong.json", Decision.ACCEPT),
                Arguments.of("device-weak.json", Decision.REJECT),
                Arguments.of("medical-device.json", Decision.ACCEPT_WITH_CONDITIONS),
                Arguments.of("medical-device.csv", Decision.ACCEPT_WITH_CONDITIONS),
                Arguments.of("incomplete-submission.json", Decision.INCOMPLETE),
                Arguments.of("cra-software-product.json", Decision.ACCEPT_WITH_CONDITIONS));
    }

    static Assessment evaluate(String file, EvaluationContext context) {
        Questionnaire q = RuleTesting.CHECKER.reader().read(EXAMPLES.resolve(file));
        return RuleTesting.CHECKER.evaluate(q, context.withContractEnd(CONTRACT_END.get(file)));
    }

    static Assessment evaluate(String file) {
        return evaluate(file, EvaluationContext.defaults());
    }

    /** What kept a requirement from being met, for a readable failure message. */
    static String gaps(Assessment a) {
        return a.findings().stream().filter(f -> f.status() != Status.MET && f.status() != Status.NOT_APPLICABLE)
                .map(f -> f.requirementId() + " " + f.status() + ": " + f.rationale())
                .collect(Collectors.joining("\n")) + "\nreasons: " + a.decisionReasons();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("examples")
    void example_getsTheDecisionTheReadmePromises(String file, Decision expected) {
        Assessment a = evaluate(file);
        assertThat(a.decision()).as(gaps(a)).isEqualTo(expected);
    }

    @Test
    void everyBundledExample_hasAnExpectedDecision() throws IOException {
        List<String> covered = examples().map(args -> (String) args.get()[0]).toList();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<String> bundled = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json") || name.endsWith(".csv"))
                    .filter(name -> !name.contains("-mds2.")) // vendor forms: Mds2ExampleTest
                    .filter(name -> !name.contains("-caiq.")) // vendor forms: CaiqExampleTest
                    .toList();
            assertThat(covered).containsExactlyInAnyOrderElementsOf(bundled);
        }
    }

    @Test
    void everyExample_isListedInTheReadmeWithItsDecision() throws IOException {
        String readme = Files.readString(EXAMPLES.resolve("README.md"));
        examples().forEach(args -> assertThat(readme).contains("`" + args.get()[0] + "`")
                .contains(((Decision) args.get()[1]).name()));
    }

    @Test
    void strongExamples_scoreHigh_withoutContradictions() {
        for (String file : List.of("cloud-strong.json", "device-strong.json")) {
            Assessment a = evaluate(file);
            assertThat(a.overallScore()).as(file + "\n" + gaps(a)).isGreaterThanOrEqualTo(95.0);
            assertThat(a.contradictions()).as(file).isEmpty();
        }
    }

    @Test
    void weakCloudVendor_isRejectedForTheThirdCountryTransferAndTheMissingBreachCommitment() {
        Assessment a = evaluate("cloud-weak.json");
        assertThat(a.decisionReasons()).anyMatch(r -> r.startsWith("Knock-out GDPR-44"))
                .anyMatch(r -> r.startsWith("Knock-out GDPR-33-2"));
    }

    @Test
    void weakDevice_isRejected_itsHardCodedPasswordFailsM09WithoutAnEnisaKnockOut_andFlagsSbomAndSupportEnd() {
        Assessment a = evaluate("device-weak.json");
        assertThat(a.decision()).isEqualTo(Decision.REJECT);
        // ENISA sets no knock-out: the hard-coded password fails the practice; MDR Annex I 18.8 carries the law
        assertThat(a.finding("EHP-GP-M09").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("EHP-GP-M09").knockOutHit()).isFalse();
        assertThat(a.finding("MDCG-SBOM").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("MDCG-EOS").status()).isIn(Status.NOT_MET, Status.PARTIALLY_MET);
    }

    @Test
    void incompleteSubmission_namesTheMissingMandatoryAnswers() {
        Assessment a = evaluate("incomplete-submission.json");
        assertThat(a.missingMandatory()).contains("SEC-UPDATES", "BREACH-COMMIT", "CLD-DATA-LOCATION");
    }

    @Test
    void craSoftwareProduct_isBoundByTheCraAfterDecember2027_butOnlyAdvisedBefore() {
        Finding bound = evaluate("cra-software-product.json").finding("CRA-AI-P1-2a");
        assertThat(bound.legalForce()).isEqualTo(LegalForce.BINDING_LAW);

        Finding early = evaluate("cra-software-product.json",
                EvaluationContext.defaults().withAsOf(LocalDate.of(2027, 6, 1))).finding("CRA-AI-P1-2a");
        assertThat(early.legalForce()).isEqualTo(LegalForce.ADVISORY);
        // Art 14 reporting binds from 2026-09-11, so it is binding at both dates.
        assertThat(evaluate("cra-software-product.json", EvaluationContext.defaults().withAsOf(LocalDate.of(2027, 6, 1)))
                .finding("CRA-14-8").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
    }
}
