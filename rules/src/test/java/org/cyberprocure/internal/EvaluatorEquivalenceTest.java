package org.cyberprocure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Vendor;
import org.junit.jupiter.api.Test;

/**
 * The optimised evaluator (grouped verdicts, cached profile views, one-pass scoring, concurrent loading) must
 * produce exactly the assessment of the straightforward {@link ReferenceEvaluator} on every bundled example and
 * on a few hundred seeded random questionnaires covering every profile, product kind and answer type.
 */
class EvaluatorEquivalenceTest {
    private static final ComplianceChecker CHECKER = ComplianceChecker.load();
    private static final ReferenceEvaluator REFERENCE =
            new ReferenceEvaluator(CHECKER.catalog(), CHECKER.rulePack());
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final List<EvaluationContext> CONTEXTS = List.of(
            EvaluationContext.defaults(),
            EvaluationContext.defaults().withAsOf(LocalDate.of(2028, 1, 1)).withContractEnd(LocalDate.of(2031, 12, 31)));

    @Test
    void everyBundledExample_getsTheReferenceAssessment() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".csv")
                    || f.toString().endsWith(".xlsx"))
                    // A CAIQ assigns controls to the hospital, a status the reference evaluator predates.
                    .filter(f -> !f.toString().contains("-caiq."))
                    .sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (Path example : examples) {
            // Vendor forms (MDS2) go through their own reader; the evaluation is the same.
            assertSameAsReference(example.toString().contains("-mds2.") ? CHECKER.mds2Reader().read(example)
                    : CHECKER.reader().read(example));
        }
    }

    @Test
    void randomQuestionnaires_getTheReferenceAssessment() {
        Random random = new Random(20261128L);
        List<Status> statusesSeen = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Profile profile = Profile.values()[i % Profile.values().length];
            ProductKind kind = ProductKind.values()[random.nextInt(ProductKind.values().length)];
            if (!profile.accepts(kind)) {
                kind = ProductKind.SOFTWARE_PRODUCT; // a kind the profile is for (same random sequence as before)
            }
            Assessment assessment = assertSameAsReference(random(profile, kind, random, "RND-" + i));
            assessment.findings().forEach(f -> statusesSeen.add(f.status()));
        }
        // The sample must exercise every outcome, or agreement would prove little. Hospital responsibility needs
        // answers mapped from a vendor form, which random direct answers never are (VendorFormReportTest).
        assertThat(statusesSeen).contains(Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, Status.NOT_ANSWERED,
                Status.NOT_APPLICABLE);
    }

    private static Assessment assertSameAsReference(Questionnaire questionnaire) {
        Assessment last = null;
        for (EvaluationContext context : CONTEXTS) {
            Assessment optimised = CHECKER.evaluate(questionnaire, context);
            Assessment reference = REFERENCE.evaluate(
                    QuestionnaireValidator.check(CHECKER.catalog(), questionnaire), context);
            assertThat(textOnly(optimised)).as("%s with %s", questionnaire.id(), context)
                    .isEqualTo(textOnly(reference));
            assertEnglishMessagesAreTheTexts(optimised);
            last = optimised;
        }
        return last;
    }

    /** The assessment without its messages: the reference evaluator composes the English texts only. */
    private static Assessment textOnly(Assessment a) {
        return a.toBuilder()
                .scopeNotes(a.scopeNotes().stream().map(n -> new ScopeNote(n.gate(), n.instrument(), n.outcome(),
                        n.reason(), n.answers())).toList())
                .findings(a.findings().stream().map(f -> new Finding(f.requirementId(), f.title(), f.domain(),
                        f.status(), f.rationale(), f.answers(), f.rule(), f.citation(), f.legalForce(), f.severity(),
                        f.knockOut())).toList())
                .contradictions(a.contradictions().stream().map(c -> new Contradiction(c.checkId(), c.title(),
                        c.message(), c.answers(), c.rule(), c.severity(), c.items())).toList())
                .waivers(List.of()).requirementDigests(Map.of()).scoringPolicy(null).decisionReasonMessages(List.of())
                .build();
    }

    /** Every text a rule or the evaluation recorded has its message, and the message in English is that text. */
    private static void assertEnglishMessagesAreTheTexts(Assessment a) {
        Texts english = CHECKER.catalog().translations().english();
        a.findings().forEach(f -> assertThat(english.format(f.rationaleMessage())).as(f.requirementId())
                .isEqualTo(f.rationale()));
        a.scopeNotes().forEach(n -> assertThat(english.format(n.reasonMessage())).isEqualTo(n.reason()));
        a.contradictions().forEach(c -> assertThat(english.format(c.messageKey())).isEqualTo(c.message()));
        assertThat(a.decisionReasonMessages().stream().map(english::format).toList())
                .isEqualTo(a.decisionReasons());
    }

    /** Answers a random share of the profile's questions with random accepted values. */
    static Questionnaire random(Profile profile, ProductKind kind, Random random, String id) {
        double answered = 0.3 + 0.7 * random.nextDouble();
        List<Answer> answers = new ArrayList<>();
        for (Question question : CHECKER.catalog().questions(profile)) {
            if (random.nextDouble() < answered) {
                List<String> evidence = random.nextBoolean() ? List.of("evidence " + question.id()) : List.of();
                answers.add(new Answer(question.id(), value(question, random), "", evidence,
                        SourceLocation.of("random")));
            }
        }
        return new Questionnaire(id, profile, LocalDate.of(2026, 11, 1), new Vendor("Random vendor", "DE", ""),
                new Product("Random product", "1.0", kind), answers);
    }

    private static String value(Question question, Random random) {
        return switch (question.type()) {
            case YES_NO, YES_NO_PARTIAL, ENUM -> pick(question.acceptedValues(), random);
            // A past event after the submission date (2026-11-01) is refused by validation, so none is drawn.
            case DATE -> (question.pastEvent() ? LocalDate.of(2026, 11, 1).minusDays(random.nextInt(365 * 6))
                    : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365 * 10))).toString();
            case NUMBER -> pick(List.of("0", "1", "7", "14", "30", "31", "48", "72", "90", "365").stream()
                    .filter(n -> question.inRange(new java.math.BigDecimal(n))).toList(), random);
            case TEXT -> "free text " + random.nextInt(1000);
        };
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
