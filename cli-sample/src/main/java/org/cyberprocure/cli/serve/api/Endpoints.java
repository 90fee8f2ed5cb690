package org.cyberprocure.cli.serve.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.SelfCheck;
import org.cyberprocure.cli.CheckReports;
import org.cyberprocure.cli.InputOptions;
import org.cyberprocure.cli.ReportFormat;
import org.cyberprocure.cli.serve.ServeContext;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.io.VexReader;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.VexDocument;
import org.cyberprocure.report.AssessmentJsonReader;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.pdf.ComparisonPdfRenderer;
import org.cyberprocure.report.pdf.DiffPdfRenderer;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import org.cyberprocure.tender.AssessmentDiff;
import org.cyberprocure.tender.ComparisonWriters;
import org.cyberprocure.tender.DiffReport;
import org.cyberprocure.tender.Offer;
import org.cyberprocure.tender.SensitivitySettings;
import org.cyberprocure.tender.TenderComparison;

/**
 * The evaluating endpoints: evaluate, check, compare, diff. Each saves its uploads into a private request folder,
 * reads them with the command line's readers ({@link InputOptions}), runs the library in a job slot, renders with the
 * library's renderers, and deletes the folder, whatever happened.
 */
final class Endpoints {
    /** SBOM and VEX documents per evaluation, as many as a command line would name. */
    private static final int MAX_EVIDENCE = 10;

    private Endpoints() {
    }

    /** An uploaded file the library refused: answered 400 with its problems and the field it came in. */
    static final class FieldRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InputRejectedException rejection;
        final String field;

        FieldRejected(InputRejectedException rejection, String field) {
            super(rejection.getMessage(), rejection);
            this.rejection = rejection;
            this.field = field;
        }
    }

    /** Reading that may refuse the file; the refusal names the field. */
    @FunctionalInterface
    private interface Read<T> {
        T run();
    }

    private static <T> T read(String field, Read<T> read) {
        try {
            return read.run();
        } catch (InputRejectedException e) {
            throw new FieldRejected(e, field);
        }
    }

    /** POST /api/v1/evaluate: one questionnaire or vendor form (+ SBOMs, VEX, policy, waivers) to a report. */
    static void evaluate(Context ctx, ServeContext context) throws Exception {
        Params params = Params.of(ctx, context, concat(Params.EVALUATION, "detail"));
        String format = Negotiation.choose(ctx, params, List.of("json", "pdf", "csv", "oscal", "jsonl"));
        PdfReportRenderer.Detail detail = params.choice("detail", PdfReportRenderer.Detail.class,
                PdfReportRenderer.Detail.FULL);
        Locale language = params.language();
        InputOptions input = params.input();
        withFolder(context, folder -> {
            Map<String, List<Path>> files = Uploads.save(ctx, context, folder, List.of(
                    new Uploads.Field("file", 1, 1), new Uploads.Field("sbom", 0, MAX_EVIDENCE),
                    new Uploads.Field("vex", 0, MAX_EVIDENCE), new Uploads.Field("policy", 0, 1),
                    new Uploads.Field("waivers", 0, 1)));
            Params.Evaluation settings = params.evaluation(files.get("policy"), files.get("waivers"));
            ComplianceChecker checker = context.checker();
            Path file = files.get("file").get(0);
            byte[] body = context.jobs().run(() -> guarded(() -> {
                Questionnaire questionnaire = read("file", () -> input.read(checker, file));
                List<AuditRecord.InputFile> digests = new ArrayList<>();
                digests.add(AuditRecord.InputFile.of(InputOptions.role(questionnaire), file));
                for (Path sbom : files.get("sbom")) {
                    questionnaire = questionnaire.withSbom(read("sbom", () -> checker.sbomReader().read(sbom)));
                    digests.add(AuditRecord.InputFile.of("SBOM", sbom));
                }
                List<VexDocument> vex = new ArrayList<>();
                for (Path document : files.get("vex")) {
                    vex.add(read("vex", () -> new VexReader().read(document)));
                    digests.add(AuditRecord.InputFile.of("VEX", document));
                }
                digests.addAll(settings.files());
                Assessment assessment = checker.evaluate(questionnaire, settings.context());
                ReportModel model = ReportModel.of(assessment, checker.catalog(), settings.context().policy(),
                        checker.catalog().translations().texts(language))
                        .withAudit(AuditRecord.now(digests)).withVex(vex);
                Map<String, String> inputs = new LinkedHashMap<>();
                model.audit().inputs().forEach(i -> inputs.put(i.name(), i.sha256()));
                ReportFormat reportFormat = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                reportFormat.renderer(checker.catalog(), detail, inputs).render(model, out);
                ctx.header("X-CyberProcure-Decision", assessment.decision().name());
                attachment(ctx, format, reportFormat.fileName(baseName(file)));
                return out.toByteArray();
            }));
            send(ctx, format, language, body);
        });
    }

    /** POST /api/v1/check: the vendor's self-check of one questionnaire or form. */
    static void check(Context ctx, ServeContext context) throws Exception {
        Params params = Params.of(ctx, context, Params.EVALUATION);
        String format = Negotiation.choose(ctx, params, List.of("json"));
        Locale language = params.language();
        InputOptions input = params.input();
        withFolder(context, folder -> {
            Map<String, List<Path>> files = Uploads.save(ctx, context, folder, List.of(
                    new Uploads.Field("file", 1, 1), new Uploads.Field("sbom", 0, MAX_EVIDENCE),
                    new Uploads.Field("policy", 0, 1), new Uploads.Field("waivers", 0, 1)));
            Params.Evaluation settings = params.evaluation(files.get("policy"), files.get("waivers"));
            ComplianceChecker checker = context.checker();
            Path file = files.get("file").get(0);
            byte[] body = context.jobs().run(() -> guarded(() -> {
                Questionnaire questionnaire = read("file", () -> input.read(checker, file));
                for (Path sbom : files.get("sbom")) {
                    questionnaire = questionnaire.withSbom(read("sbom", () -> checker.sbomReader().read(sbom)));
                }
                Texts texts = checker.catalog().translations().texts(language);
                SelfCheck check = checker.selfCheck(questionnaire, settings.context()).in(texts);
                ctx.header("X-CyberProcure-Decision", check.decision().name());
                return CheckReports.json(file.getFileName(), check, settings.hospitalPolicy(), texts)
                        .getBytes(StandardCharsets.UTF_8);
            }));
            send(ctx, format, language, body);
        });
    }

    /** POST /api/v1/compare: the offers of one lot, ranked, with the weight sensitivity. */
    static void compare(Context ctx, ServeContext context) throws Exception {
        Params params = Params.of(ctx, context, concat(Params.EVALUATION, "weightRange", "draws", "seed"));
        String format = Negotiation.choose(ctx, params, List.of("json", "pdf"));
        Locale language = params.language();
        InputOptions input = params.input();
        SensitivitySettings sensitivity = new SensitivitySettings(params.decimal("weightRange",
                SensitivitySettings.DEFAULT_RANGE * 100, 0, 100) / 100,
                (int) params.number("draws", SensitivitySettings.DEFAULT_DRAWS, 0, SensitivitySettings.MAX_DRAWS),
                params.number("seed", SensitivitySettings.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE));
        withFolder(context, folder -> {
            Map<String, List<Path>> files = Uploads.save(ctx, context, folder, List.of(
                    new Uploads.Field("file", 1, context.limits().maxFiles()), new Uploads.Field("policy", 0, 1),
                    new Uploads.Field("waivers", 0, 1)));
            Params.Evaluation settings = params.evaluation(files.get("policy"), files.get("waivers"));
            ComplianceChecker checker = context.checker();
            byte[] body = context.jobs().run(() -> guarded(() -> {
                List<Offer> offers = new ArrayList<>();
                for (Path file : files.get("file")) {
                    offers.add(offer(checker, input, settings, file));
                }
                TenderComparison comparison = read("file", () -> TenderComparison.compare(offers,
                        checker.catalog(), settings.context().policy(), sensitivity));
                if (format.equals("pdf")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new ComparisonPdfRenderer(language).render(comparison, out);
                    attachment(ctx, format, "comparison.pdf");
                    return out.toByteArray();
                }
                return ComparisonWriters.json(comparison);
            }));
            send(ctx, format, language, body);
        });
    }

    /** An offer of a comparison: evaluated, or invalid / not read with the reason (as the command line lists it). */
    private static Offer offer(ComplianceChecker checker, InputOptions input, Params.Evaluation settings, Path file) {
        String source = file.getFileName().toString();
        try {
            return Offer.evaluated(source, checker.evaluate(input.read(checker, file), settings.context()));
        } catch (InputRejectedException e) {
            String reason = e.problems().size() == 1 ? e.problems().get(0).describe()
                    : e.problems().size() + " problems, the first: " + e.problems().get(0).describe();
            return e.reason() == InputRejectedException.Reason.UNREADABLE ? Offer.notRead(source, reason)
                    : Offer.invalid(source, "invalid input: " + reason);
        }
    }

    /** POST /api/v1/diff: what changed between a submission and its resubmission. */
    static void diff(Context ctx, ServeContext context) throws Exception {
        Params params = Params.of(ctx, context, Params.EVALUATION);
        String format = Negotiation.choose(ctx, params, List.of("json", "pdf", "text"));
        Locale language = params.language();
        InputOptions input = params.input();
        withFolder(context, folder -> {
            Map<String, List<Path>> files = Uploads.save(ctx, context, folder, List.of(
                    new Uploads.Field("previous", 1, 1), new Uploads.Field("current", 1, 1),
                    new Uploads.Field("policy", 0, 1), new Uploads.Field("waivers", 0, 1)));
            Params.Evaluation settings = params.evaluation(files.get("policy"), files.get("waivers"));
            ComplianceChecker checker = context.checker();
            byte[] body = context.jobs().run(() -> guarded(() -> {
                List<AuditRecord.InputFile> digests = new ArrayList<>();
                Assessment before = assessment(checker, input, settings, files.get("previous").get(0), "previous",
                        digests);
                Assessment after = assessment(checker, input, settings, files.get("current").get(0), "current",
                        digests);
                AssessmentDiff diff;
                try {
                    diff = AssessmentDiff.between(before, after);
                } catch (IllegalArgumentException e) {
                    throw new io.javalin.http.BadRequestResponse(e.getMessage());
                }
                digests.addAll(settings.files());
                AuditRecord record = AuditRecord.now(digests);
                return switch (format) {
                    case "pdf" -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        new DiffPdfRenderer(language).render(diff, after, record, out);
                        attachment(ctx, format, "diff.pdf");
                        yield out.toByteArray();
                    }
                    case "text" -> DiffReport.text(diff).getBytes(StandardCharsets.UTF_8);
                    default -> DiffReport.json(diff, record);
                };
            }));
            send(ctx, format, language, body);
        });
    }

    /** An assessment JSON is read back; anything else is read as a questionnaire or form and evaluated. */
    private static Assessment assessment(ComplianceChecker checker, InputOptions input, Params.Evaluation settings,
                                         Path file, String field, List<AuditRecord.InputFile> digests) {
        return read(field, () -> {
            if (AssessmentJsonReader.recognises(file)) {
                Assessment read = AssessmentJsonReader.read(file);
                digests.add(AuditRecord.InputFile.of(field + " assessment", file));
                return read;
            }
            Questionnaire questionnaire = input.read(checker, file);
            digests.add(AuditRecord.InputFile.of(field + " " + InputOptions.role(questionnaire), file));
            return checker.evaluate(questionnaire, settings.context());
        });
    }

    /** Work on a request folder, deleted afterwards whatever happens. */
    @FunctionalInterface
    private interface FolderWork {
        void run(Path folder) throws Exception;
    }

    private static void withFolder(ServeContext context, FolderWork work) throws Exception {
        Path folder = context.requestFolder();
        try {
            work.run(folder);
        } finally {
            ServeContext.delete(folder);
        }
    }

    /**
     * As the command line's FileGuard: a JVM error while handling one request's files (out of memory, a stack
     * overflow) ends that request with a 500, not the server; its memory is garbage once the work unwinds.
     */
    private static byte[] guarded(org.cyberprocure.cli.serve.JobGate.Job<byte[]> work) throws Exception {
        try {
            return work.run();
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new RequestFailed((e instanceof OutOfMemoryError ? "out of memory" : "stack overflow")
                    + " while handling this request's files; the server goes on (give it more memory with -Xmx, "
                    + "or report the file)");
        }
    }

    /** A request that failed for a reason that is safe to tell the client: 500 with this message. */
    static final class RequestFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RequestFailed(String message) {
            super(message);
        }
    }

    private static void attachment(Context ctx, String format, String fileName) {
        if (format.equals("pdf") || format.equals("csv")) {
            ctx.header("Content-Disposition", Api.attachment(fileName));
        }
    }

    private static void send(Context ctx, String format, Locale language, byte[] body) {
        String type = Negotiation.MEDIA_TYPES.get(format);
        ctx.contentType(type.startsWith("text/") || type.endsWith("json") ? type + ";charset=utf-8" : type);
        ctx.header("Content-Language", language.toLanguageTag());
        ctx.result(body);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static List<String> concat(List<String> list, String... more) {
        return Stream.concat(list.stream(), Stream.of(more)).toList();
    }
}
