package org.cyberprocure.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.bench.synthetic.SyntheticRulePack;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.io.QuestionnaireWriter;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Vendor;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;

/**
 * Inputs for the benchmarks, generated with fixed seeds so every run measures the same work. Checkers load
 * lazily, once per JVM (JMH fork).
 */
public final class Fixtures {
    public static final EvaluationContext CONTEXT = EvaluationContext.defaults();
    static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 1);

    private Fixtures() {
    }

    private static final class Real {
        static final ComplianceChecker CHECKER = ComplianceChecker.load();
    }

    private static final class X1 {
        static final ComplianceChecker CHECKER = ComplianceChecker.load(SyntheticRulePack.X1);
    }

    private static final class X4 {
        static final ComplianceChecker CHECKER = ComplianceChecker.load(SyntheticRulePack.X4);
    }

    /** The real rule pack (cyberprocure-rules). */
    public static ComplianceChecker real() {
        return Real.CHECKER;
    }

    public static ComplianceChecker synthetic(SyntheticRulePack pack) {
        return pack == SyntheticRulePack.X1 ? X1.CHECKER : X4.CHECKER;
    }

    /** The named sizes of the evaluation benchmark. */
    public enum Size {
        /** 30 answers of the real cloud-migration bank. */
        SMALL,
        /** Every question of the real cloud-migration bank answered (the bank has no 200 questions per profile). */
        TYPICAL_REAL,
        /** 200 answers against the synthetic pack of the real pack's size (x1). */
        TYPICAL_SYNTHETIC,
        /** 800 answers against the synthetic x1 pack. */
        LARGE;

        public ComplianceChecker checker() {
            return this == SMALL || this == TYPICAL_REAL ? real() : synthetic(SyntheticRulePack.X1);
        }

        public Questionnaire questionnaire() {
            return switch (this) {
                case SMALL -> realQuestionnaire(30, 1);
                case TYPICAL_REAL -> realQuestionnaire(Integer.MAX_VALUE, 2);
                case TYPICAL_SYNTHETIC -> syntheticQuestionnaire(200, 3);
                case LARGE -> syntheticQuestionnaire(800, 4);
            };
        }
    }

    /**
     * Up to {@code count} answers to the real cloud-migration bank, in bank order: mostly the secure answer, so
     * the mix of met, partial and not-met findings resembles a real submission; comments and evidence on some.
     */
    public static Questionnaire realQuestionnaire(int count, long seed) {
        Random random = new Random(seed);
        List<Answer> answers = new ArrayList<>();
        for (Question q : real().catalog().questions(Profile.CLOUD_MIGRATION)) {
            if (answers.size() == count) {
                break;
            }
            answers.add(answer(q, realValue(q, random), random));
        }
        return new Questionnaire("BENCH-REAL-" + answers.size() + "-" + seed, Profile.CLOUD_MIGRATION, SUBMITTED,
                new Vendor("Benchmark Cloud GmbH", "DE", "security@bench.example"),
                new Product("Hosted PACS", "4.2", ProductKind.CLOUD_SERVICE), answers);
    }

    /** The first {@code count} questions of the synthetic 800-question bank, answered at random. */
    public static Questionnaire syntheticQuestionnaire(int count, long seed) {
        Catalog catalog = synthetic(SyntheticRulePack.X1).catalog();
        Random random = new Random(seed);
        List<Answer> answers = new ArrayList<>();
        for (Question q : catalog.questions(Profile.CLOUD_MIGRATION).subList(0, count)) {
            String value = switch (q.type()) {
                case YES_NO -> random.nextInt(5) == 0 ? "no" : "yes";
                case YES_NO_PARTIAL -> List.of("yes", "yes", "yes", "partial", "no").get(random.nextInt(5));
                case NUMBER -> String.valueOf(List.of(7, 14, 30, 45, 90).get(random.nextInt(5)));
                default -> SUBMITTED.plusDays(random.nextInt(3000)).toString();
            };
            answers.add(answer(q, value, random));
        }
        return new Questionnaire("BENCH-SYN-" + count + "-" + seed, Profile.CLOUD_MIGRATION, SUBMITTED,
                new Vendor("Synthetic vendor", "DE", ""), new Product("Synthetic service", "1.0",
                        ProductKind.CLOUD_SERVICE), answers);
    }

    private static Answer answer(Question q, String value, Random random) {
        String comment = random.nextInt(3) == 0 ? "Details for " + q.id() + " are in the attached documentation." : "";
        List<String> evidence = random.nextBoolean() ? List.of("Evidence document for " + q.id() + ", section 2")
                : List.of();
        return new Answer(q.id(), value, comment, evidence, SourceLocation.of("bench"));
    }

    private static String realValue(Question q, Random random) {
        boolean secure = random.nextInt(5) != 0;
        return switch (q.type()) {
            case YES_NO, YES_NO_PARTIAL, ENUM -> secure && q.acceptedValues().contains(q.secureAnswer())
                    ? q.secureAnswer() : q.acceptedValues().get(random.nextInt(q.acceptedValues().size()));
            // A past event (last test, last audit) cannot be dated after the submission: the reader refuses that.
            case DATE -> (q.pastEvent() ? SUBMITTED.minusDays(1 + random.nextInt(1000))
                    : SUBMITTED.plusDays(random.nextInt(3000) - 500)).toString();
            case NUMBER -> String.valueOf(Math.min(List.of(1, 3, 7, 14, 24, 30, 48, 72, 90, 365)
                    .get(random.nextInt(10)), q.maximum() == null ? Integer.MAX_VALUE : q.maximum().intValue()));
            case TEXT -> "Described in the security concept, chapter " + random.nextInt(20) + ".";
        };
    }

    /**
     * A file of {@code docs/examples}, found from the working directory upwards (JMH runs from the repository root
     * with bench/run-jmh.sh and from bench/jmh under Maven).
     */
    public static Path example(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs").resolve("examples").resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("docs/examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * Read the file (parse, validate), evaluate, and write the assessment JSON with an audit record naming the file
     * and its SHA-256: a batch's work per file. No report model: that is for people's reports (PDF).
     */
    public static byte[] endToEnd(ComplianceChecker checker, Path file, JsonReportRenderer json) {
        Assessment assessment = checker.evaluate(checker.reader().read(file), CONTEXT);
        return json.bytes(assessment, AuditRecord.now(List.of(AuditRecord.InputFile.of("questionnaire", file))));
    }

    public static byte[] json(Questionnaire q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuestionnaireWriter.writeJson(q, out);
        return out.toByteArray();
    }

    public static byte[] csv(Questionnaire q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuestionnaireWriter.writeCsv(q, out);
        return out.toByteArray();
    }

    /** The report of the typical real questionnaire. */
    public static ReportModel typicalReport() {
        ComplianceChecker checker = real();
        return ReportModel.of(checker.evaluate(Size.TYPICAL_REAL.questionnaire(), CONTEXT), checker.catalog());
    }

    /**
     * A report with {@code findings} findings: the synthetic x4 assessment of the 800-answer questionnaire
     * (400 findings), cut to the first {@code findings}. Domain scores stay those of the full assessment; the
     * rendering work is dominated by the finding rows.
     */
    public static ReportModel syntheticReport(int findings) {
        ComplianceChecker checker = synthetic(SyntheticRulePack.X4);
        Assessment a = checker.evaluate(syntheticQuestionnaire(800, 5), CONTEXT);
        Assessment cut = a.toBuilder().findings(a.findings().subList(0, findings)).build();
        return ReportModel.of(cut, checker.catalog());
    }
}
