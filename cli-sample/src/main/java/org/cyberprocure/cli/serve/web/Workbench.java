package org.cyberprocure.cli.serve.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.Policy;
import org.cyberprocure.SelfCheck;
import org.cyberprocure.cli.serve.Security;
import org.cyberprocure.cli.serve.ServeContext;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Waiver;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.CsvReportRenderer;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;
import org.cyberprocure.report.pdf.ComparisonPdfRenderer;
import org.cyberprocure.report.pdf.DiffPdfRenderer;
import org.cyberprocure.report.pdf.PdfReportRenderer;
import org.cyberprocure.tender.AssessmentDiff;
import org.cyberprocure.tender.ComparisonWriters;
import org.cyberprocure.tender.DiffReport;
import org.cyberprocure.tender.SensitivitySettings;
import org.cyberprocure.tender.TenderComparison;

/**
 * The officer's and the vendor's workbench pages, mounted at {@code /} (ADR 0031). Server-rendered HTML forms and
 * links that work without JavaScript; every result comes from the library (evaluation, self-check, template,
 * comparison, diff, waivers, the report renderers), none is computed here. The security layer ({@code Security})
 * has already checked the session and the CSRF token of every form when a handler runs.
 */
public final class Workbench {
    static final String LANGUAGE_COOKIE = "cyberprocure_lang";
    /** Demo lots opened by {@code serve --examples DIR}: the folder's tender lot, and a resubmission pair. */
    static final String EXAMPLE_LOT = "lot-pacs";
    static final LocalDate EXAMPLE_CONTRACT_END = LocalDate.of(2031, 12, 31);

    private final ServeContext context;
    private final ComplianceChecker checker;
    private final Lots lots;
    private final Jobs jobs;

    private Workbench(ServeContext context, Lots lots) {
        this.context = context;
        this.checker = context.checker();
        this.lots = lots;
        this.jobs = new Jobs(work -> context.jobs().run(() -> {
            work.run();
            return null;
        }));
    }

    /** Adds the pages' routes; called once by the server bootstrap. */
    public static void register(JavalinConfig config, ServeContext context) {
        Lots lots = new Lots(context.checker(), context.workFolder().resolve("lots"), context.lotsFolder());
        try {
            lots.loadSaved();
            if (context.examplesFolder() != null) {
                openExamples(lots, context.examplesFolder());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the workbench's lots", e);
        }
        Workbench workbench = new Workbench(context, lots);
        config.events.serverStopping(workbench.jobs::close);
        workbench.routes(config);
    }

    /**
     * Opens the demo lots of a folder like {@code docs/examples}: {@code lot-pacs/} as a lot of four offers, and
     * {@code cloud-vendor.json} with its {@code resubmission/} and the hospital's waivers as a second lot.
     */
    static void openExamples(Lots lots, Path examples) throws IOException {
        Path lotFolder = examples.resolve(EXAMPLE_LOT);
        if (!Files.isDirectory(lotFolder)) {
            throw new ConfigurationException("--examples " + examples + ": no " + EXAMPLE_LOT + " folder in it");
        }
        Lot pacs = lots.create(new Lot.Settings("PACS archive (example: " + EXAMPLE_LOT + ")",
                Profile.CLOUD_MIGRATION, null, EXAMPLE_CONTRACT_END, null), null);
        try (var files = Files.list(lotFolder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                pacs.addOffer(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        Path first = examples.resolve("cloud-vendor.json");
        Path second = examples.resolve("resubmission").resolve("cloud-vendor-round2.json");
        if (Files.isRegularFile(first) && Files.isRegularFile(second)) {
            Lot rounds = lots.create(new Lot.Settings("Cloud records, clarification round (example)",
                    Profile.CLOUD_MIGRATION, null, EXAMPLE_CONTRACT_END, null), null);
            rounds.addOffer(first.getFileName().toString(), Files.readAllBytes(first));
            rounds.addOffer("round2-" + second.getFileName(), Files.readAllBytes(second));
        }
    }

    private void routes(JavalinConfig config) {
        config.routes.get("/assets/workbench.css", ctx -> asset(ctx, "workbench.css", "text/css; charset=utf-8"));
        config.routes.get("/assets/workbench.js", ctx -> asset(ctx, "workbench.js",
                "text/javascript; charset=utf-8"));
        config.routes.get("/assets/favicon.svg", ctx -> asset(ctx, "favicon.svg", "image/svg+xml"));
        config.routes.get("/favicon.ico", ctx -> ctx.redirect("/assets/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
        config.routes.get("/language", this::language);
        config.routes.get("/", ctx -> ctx.html(Pages.render("home.jte", "ui", ui(ctx), "lots", lots)));
        config.routes.post("/lots", this::createLot);
        config.routes.get("/lots/{lot}", this::lotPage);
        config.routes.post("/lots/{lot}/offers", this::upload);
        config.routes.get("/lots/{lot}/jobs/{job}", this::jobPage);
        config.routes.get("/lots/{lot}/jobs/{job}/status", this::jobStatus);
        config.routes.get("/lots/{lot}/offers/{offer}", this::offerPage);
        config.routes.get("/lots/{lot}/offers/{offer}/{file}", this::report);
        config.routes.post("/lots/{lot}/offers/{offer}/sbom", this::attachSbom);
        config.routes.post("/lots/{lot}/offers/{offer}/delete", this::removeOffer);
        config.routes.post("/lots/{lot}/waivers", this::addWaiver);
        config.routes.post("/lots/{lot}/waivers/{waiver}/delete", this::removeWaiver);
        config.routes.post("/lots/{lot}/save", this::saveLot);
        config.routes.post("/lots/{lot}/delete", this::deleteLot);
        config.routes.get("/lots/{lot}/compare", this::comparePage);
        config.routes.get("/lots/{lot}/diff", this::diffPage);
        config.routes.get("/lots/{lot}/{file}", this::comparisonOrDiffFile);
        config.routes.get("/check", ctx -> ctx.html(Pages.render("check.jte", "ui", ui(ctx))));
        config.routes.post("/check", this::selfCheck);
        config.routes.get("/template", this::template);
    }

    // ---- language and assets

    private Ui ui(Context ctx) {
        Ui cached = ctx.attribute(Ui.class.getName());
        if (cached != null) {
            return cached;
        }
        String lang = ctx.queryParam("lang");
        if (lang == null || !Ui.LANGUAGES.contains(lang)) {
            lang = ctx.cookie(LANGUAGE_COOKIE);
        }
        if (lang == null || !Ui.LANGUAGES.contains(lang)) {
            lang = context.language().getLanguage();
        }
        String query = ctx.queryString();
        Ui ui = new Ui(lang, checker.catalog(), Security.CSRF_FIELD, Security.csrfToken(ctx),
                ctx.path() + (query == null ? "" : "?" + query));
        ctx.attribute(Ui.class.getName(), ui);
        return ui;
    }

    private void language(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null && Ui.LANGUAGES.contains(lang)) {
            ctx.cookie(new Cookie(LANGUAGE_COOKIE, lang, "/", 365 * 24 * 3600, ctx.req().isSecure(), true, null,
                    SameSite.STRICT));
        }
        ctx.redirect(localPath(ctx.queryParam("back")), HttpStatus.SEE_OTHER);
    }

    /** A path on this server only (never another site: no open redirect); the start page otherwise. */
    static String localPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f) ? path : "/";
    }

    private static void asset(Context ctx, String name, String type) throws IOException {
        try (InputStream in = Workbench.class.getResourceAsStream("static/" + name)) {
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    // ---- lots

    private void createLot(Context ctx) throws IOException {
        Ui ui = ui(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        Optional<Profile> profile = Profile.byId(Optional.ofNullable(ctx.formParam("profile")).orElse(""));
        String country = Optional.ofNullable(ctx.formParam("hospitalCountry")).orElse("").strip();
        String error = null;
        LocalDate contractEnd = null;
        if (name.isEmpty() || name.length() > 200) {
            error = ui.t("lot.badName.lot");
        } else if (profile.isEmpty()) {
            error = ui.t("lot.badProfile");
        } else if (!country.isEmpty() && !country.matches("[A-Za-z]{2}")) {
            error = ui.t("lot.badCountry", country);
        } else {
            try {
                contractEnd = date(ctx.formParam("contractEnd"));
            } catch (DateTimeParseException e) {
                error = ui.t("lot.badDate", ctx.formParam("contractEnd"));
            }
        }
        if (error == null) {
            UploadedFile policy = ctx.uploadedFile("policy");
            boolean hasPolicy = policy != null && policy.size() > 0;
            Lot.Settings settings = new Lot.Settings(name, profile.get(),
                    country.isEmpty() ? null : country.toUpperCase(Locale.ROOT), contractEnd,
                    hasPolicy ? LotFiles.cleanName(policy.filename()) : null);
            try {
                Lot lot = lots.create(settings, hasPolicy ? bytes(policy) : null);
                ctx.redirect("/lots/" + lot.id() + "?done=created", HttpStatus.SEE_OTHER);
                return;
            } catch (ConfigurationException e) {
                error = ui.t("lot.badPolicy", e.getMessage());
            }
        }
        ctx.status(400).html(Pages.render("home.jte", "ui", ui, "lots", lots, "error", error));
    }

    private Optional<Lot> lot(Context ctx) {
        return orNotFound(ctx, lots.find(ctx.pathParam("lot")), "lot.notFound");
    }

    /** The value, or empty with a "not found" page sent that says why ({@code messageKey}). */
    private <T> Optional<T> orNotFound(Context ctx, Optional<T> value, String messageKey) {
        if (value.isEmpty()) {
            notFound(ctx, messageKey);
        }
        return value;
    }

    private void notFound(Context ctx, String messageKey) {
        Ui ui = ui(ctx);
        ctx.status(404).html(Pages.render("error.jte", "ui", ui, "title", ui.t("error.notFound"),
                "message", ui.t(messageKey)));
    }

    private void lotPage(Context ctx) {
        lot(ctx).ifPresent(lot -> renderLot(ctx, lot, doneMessage(ctx), null, 200));
    }

    private void renderLot(Context ctx, Lot lot, String message, String error, int status) {
        ctx.status(status).html(Pages.render("lot.jte", "ui", ui(ctx), "lot", lot, "canSave", lots.canSave(),
                "message", message, "error", error,
                "waiverRequirement", Optional.ofNullable(ctx.queryParam("waiverRequirement")).orElse(""),
                "waiverOffer", Optional.ofNullable(ctx.queryParam("waiverOffer")).orElse("")));
    }

    /** The confirmation a redirect after a form asks for ({@code ?done=KEY}), in the page's language. */
    private String doneMessage(Context ctx) {
        String done = ctx.queryParam("done");
        if (done == null) {
            return null;
        }
        Ui ui = ui(ctx);
        return switch (done) {
            case "created" -> ui.t("lot.created");
            case "saved" -> ui.t("lot.savedMessage");
            case "waiver" -> ui.t("waiver.recorded");
            case "withdrawn" -> ui.t("waiver.withdrawn");
            case "removed" -> ui.t("offer.removed");
            case "sbom" -> ui.t("offer.sbom.attached");
            default -> null;
        };
    }

    private void upload(Context ctx) throws IOException {
        Optional<Lot> found = lot(ctx);
        if (found.isEmpty()) {
            return;
        }
        Lot lot = found.get();
        Ui ui = ui(ctx);
        List<UploadedFile> files = ctx.uploadedFiles("offers").stream().filter(f -> f.size() > 0
                || !f.filename().isEmpty()).toList();
        if (files.isEmpty()) {
            renderLot(ctx, lot, null, ui.t("lot.uploadNone"), 400);
            return;
        }
        List<Jobs.Upload> uploads = new ArrayList<>();
        for (UploadedFile file : files) {
            if (!Lot.offerName(file.filename())) {
                renderLot(ctx, lot, null, ui.t("lot.badName", file.filename()), 400);
                return;
            }
            uploads.add(new Jobs.Upload(file.filename(), bytes(file)));
        }
        Jobs.Job job = jobs.start(lot, uploads);
        ctx.redirect("/lots/" + lot.id() + "/jobs/" + job.id(), HttpStatus.SEE_OTHER);
    }

    private Optional<Jobs.Job> job(Context ctx, Lot lot) {
        return orNotFound(ctx, jobs.find(ctx.pathParam("job")).filter(j -> j.lotId().equals(lot.id())),
                "error.notFound");
    }

    private void jobPage(Context ctx) {
        lot(ctx).ifPresent(lot -> job(ctx, lot).ifPresent(job -> ctx.html(Pages.render("job.jte", "ui", ui(ctx),
                "lot", lot, "job", job))));
    }

    /** The progress page's script asks here how far the batch is. */
    private void jobStatus(Context ctx) {
        lot(ctx).ifPresent(lot -> job(ctx, lot).ifPresent(job -> ctx.json(java.util.Map.of("done", job.count(),
                "total", job.total(), "finished", job.finished(),
                "label", ui(ctx).t("job.progress", job.count(), job.total())))));
    }

    private void saveLot(Context ctx) throws IOException {
        Optional<Lot> lot = lot(ctx);
        if (lot.isPresent()) {
            if (!lots.canSave()) {
                renderLot(ctx, lot.get(), null, ui(ctx).t("home.cannotSave"), 400);
                return;
            }
            lots.save(lot.get());
            ctx.redirect("/lots/" + lot.get().id() + "?done=saved", HttpStatus.SEE_OTHER);
        }
    }

    private void deleteLot(Context ctx) throws IOException {
        Optional<Lot> lot = lot(ctx);
        if (lot.isPresent()) {
            lots.delete(lot.get());
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        }
    }

    // ---- offers

    private Optional<LotOffer> offer(Context ctx, Lot lot) {
        Optional<LotOffer> offer = Optional.empty();
        try {
            offer = lot.offer(Integer.parseInt(ctx.pathParam("offer")));
        } catch (NumberFormatException e) {
            // not a number: no such offer
        }
        return orNotFound(ctx, offer, "lot.offerNotFound");
    }

    private void offerPage(Context ctx) {
        lot(ctx).ifPresent(lot -> offer(ctx, lot).ifPresent(offer -> renderOffer(ctx, lot, offer, doneMessage(ctx),
                null, 200)));
    }

    private void renderOffer(Context ctx, Lot lot, LotOffer offer, String message, String error, int status) {
        Ui ui = ui(ctx);
        ReportModel model = offer.evaluated() ? model(lot, offer, ui.texts()) : null;
        GapFilter filter = model == null ? null : GapFilter.of(ctx.queryParamMap(),
                model.assessment().domainScores().stream().map(d -> d.domain()).toList());
        ctx.status(status).html(Pages.render("offer.jte", "ui", ui, "lot", lot, "offer", offer, "model", model,
                "filter", filter, "rows", model == null ? List.of() : filter.apply(model), "message", message,
                "error", error));
    }

    /** The report model of an offer in a language, with the audit record of the files behind it. */
    private ReportModel model(Lot lot, LotOffer offer, org.cyberprocure.i18n.Texts texts) {
        List<AuditRecord.InputFile> inputs = new ArrayList<>();
        Path folder = lot.folder();
        inputs.add(new AuditRecord.InputFile("questionnaire", offer.name(),
                AuditRecord.InputFile.of("questionnaire", folder.resolve(offer.file())).sha256()));
        offer.sbomFiles().forEach(s -> inputs.add(AuditRecord.InputFile.of("SBOM", folder.resolve(s))));
        if (lot.settings().policyName() != null) {
            inputs.add(new AuditRecord.InputFile("policy", lot.settings().policyName(),
                    AuditRecord.InputFile.of("policy", folder.resolve(LotFiles.POLICY)).sha256()));
        }
        return ReportModel.of(offer.assessment(), checker.catalog(), lot.policy(), texts)
                .withAudit(AuditRecord.now(inputs));
    }

    private void report(Context ctx) throws Exception {
        Optional<Lot> lot = lot(ctx);
        Optional<LotOffer> offer = lot.flatMap(l -> offer(ctx, l));
        if (offer.isEmpty()) {
            return;
        }
        String file = ctx.pathParam("file");
        String format = file.startsWith("report.") ? file.substring("report.".length()) : "";
        if (!offer.get().evaluated() || !List.of("pdf", "json", "csv").contains(format)) {
            notFound(ctx, "error.notFound");
            return;
        }
        ReportModel model = model(lot.get(), offer.get(), ui(ctx).texts());
        byte[] bytes = context.jobs().run(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (format) {
                case "pdf" -> new PdfReportRenderer().render(model, out);
                case "json" -> new JsonReportRenderer().render(model, out);
                default -> new CsvReportRenderer(checker.catalog()).render(model, out);
            }
            return out.toByteArray();
        });
        download(ctx, bytes, baseName(offer.get().name()) + (format.equals("json") ? ".assessment.json"
                : format.equals("csv") ? ".findings.csv" : ".pdf"));
    }

    private void attachSbom(Context ctx) throws IOException {
        Optional<Lot> lot = lot(ctx);
        Optional<LotOffer> offer = lot.flatMap(l -> offer(ctx, l));
        if (offer.isEmpty()) {
            return;
        }
        UploadedFile sbom = ctx.uploadedFile("sbom");
        Ui ui = ui(ctx);
        if (sbom == null || sbom.size() == 0 || !offer.get().evaluated()) {
            renderOffer(ctx, lot.get(), offer.get(), null, ui.t("check.noFile"), 400);
            return;
        }
        try {
            lot.get().attachSbom(offer.get().number(), sbom.filename(), bytes(sbom));
        } catch (InputRejectedException e) {
            renderOffer(ctx, lot.get(), offer.get(), null, ui.t("offer.sbom.refused") + " "
                    + problems(e, sbom.filename()), 400);
            return;
        }
        ctx.redirect("/lots/" + lot.get().id() + "/offers/" + offer.get().number() + "?done=sbom",
                HttpStatus.SEE_OTHER);
    }

    private void removeOffer(Context ctx) throws IOException {
        Optional<Lot> lot = lot(ctx);
        Optional<LotOffer> offer = lot.flatMap(l -> offer(ctx, l));
        if (offer.isPresent()) {
            lot.get().removeOffer(offer.get().number());
            ctx.redirect("/lots/" + lot.get().id() + "?done=removed", HttpStatus.SEE_OTHER);
        }
    }

    // ---- accepted risks

    private void addWaiver(Context ctx) throws IOException {
        Optional<Lot> found = lot(ctx);
        if (found.isEmpty()) {
            return;
        }
        Lot lot = found.get();
        Ui ui = ui(ctx);
        try {
            Waiver waiver = new Waiver(form(ctx, "id"), form(ctx, "requirement"), form(ctx, "questionnaireId"), null,
                    null, form(ctx, "reason"), form(ctx, "compensatingControl"), form(ctx, "acceptedBy"),
                    LocalDate.parse(form(ctx, "acceptedOn")), LocalDate.parse(form(ctx, "expiresOn")));
            if (checker.catalog().requirements().stream().noneMatch(r -> r.id().equals(waiver.requirementId()))) {
                throw new IllegalArgumentException("no requirement " + waiver.requirementId() + " in the catalog");
            }
            lot.addWaiver(waiver);
        } catch (ConfigurationException | IllegalArgumentException | DateTimeParseException e) {
            renderLot(ctx, lot, null, ui.t("waiver.refused", e.getMessage()), 400);
            return;
        }
        ctx.redirect("/lots/" + lot.id() + "?done=waiver", HttpStatus.SEE_OTHER);
    }

    private void removeWaiver(Context ctx) throws IOException {
        Optional<Lot> lot = lot(ctx);
        if (lot.isPresent()) {
            lot.get().removeWaiver(ctx.pathParam("waiver"));
            ctx.redirect("/lots/" + lot.get().id() + "?done=withdrawn", HttpStatus.SEE_OTHER);
        }
    }

    /** A form field, trimmed; a missing one is refused with its name. */
    private static String form(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value.strip();
    }

    // ---- comparison and diff

    private void comparePage(Context ctx) throws Exception {
        Optional<Lot> lot = lot(ctx);
        if (lot.isEmpty()) {
            return;
        }
        Ui ui = ui(ctx);
        SensitivitySettings settings = settings(ctx);
        if (settings == null) {
            ctx.status(400).html(Pages.render("compare.jte", "ui", ui, "lot", lot.get(), "comparison", null,
                    "rangePercent", 25, "draws", SensitivitySettings.DEFAULT_DRAWS,
                    "error", ui.t("compare.badSettings", SensitivitySettings.MAX_DRAWS)));
            return;
        }
        TenderComparison comparison = compare(lot.get(), settings);
        ctx.html(Pages.render("compare.jte", "ui", ui, "lot", lot.get(), "comparison", comparison,
                "rangePercent", (int) Math.round(settings.range() * 100), "draws", settings.draws()));
    }

    private TenderComparison compare(Lot lot, SensitivitySettings settings) throws Exception {
        return context.jobs().run(() -> TenderComparison.compare(lot.comparisonOffers(), checker.catalog(),
                lot.policy(), settings));
    }

    /** The sensitivity settings of the query (range in percent, draws), or null when out of bounds. */
    private static SensitivitySettings settings(Context ctx) {
        try {
            int range = Integer.parseInt(Optional.ofNullable(ctx.queryParam("range")).orElse("25"));
            int draws = Integer.parseInt(Optional.ofNullable(ctx.queryParam("draws"))
                    .orElse(String.valueOf(SensitivitySettings.DEFAULT_DRAWS)));
            if (range < 1 || range > 99 || draws < 0 || draws > SensitivitySettings.MAX_DRAWS) {
                return null;
            }
            return new SensitivitySettings(range / 100.0, draws, SensitivitySettings.DEFAULT_SEED);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void comparisonOrDiffFile(Context ctx) throws Exception {
        Optional<Lot> lot = lot(ctx);
        if (lot.isEmpty()) {
            return;
        }
        String file = ctx.pathParam("file");
        if (file.startsWith("diff.")) {
            diffFile(ctx, lot.get(), file);
            return;
        }
        SensitivitySettings settings = settings(ctx);
        if (settings == null || !List.of("comparison.pdf", "comparison.json", "comparison-ranking.csv",
                "comparison-matrix.csv").contains(file)) {
            notFound(ctx, "error.notFound");
            return;
        }
        TenderComparison comparison = compare(lot.get(), settings);
        Locale locale = ui(ctx).locale();
        byte[] bytes = context.jobs().run(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (file) {
                case "comparison.pdf" -> new ComparisonPdfRenderer(locale).render(comparison, out);
                case "comparison.json" -> out.write(ComparisonWriters.json(comparison));
                case "comparison-ranking.csv" -> ComparisonWriters.rankingCsv(comparison, out);
                default -> ComparisonWriters.matrixCsv(comparison, out);
            }
            return out.toByteArray();
        });
        download(ctx, bytes, file);
    }

    /** The two offers a diff names ({@code previous}, {@code current}), or empty with the error page sent. */
    private Optional<LotOffer[]> diffPair(Context ctx, Lot lot) {
        try {
            Optional<LotOffer> previous = lot.offer(Integer.parseInt(ctx.queryParam("previous")))
                    .filter(LotOffer::evaluated);
            Optional<LotOffer> current = lot.offer(Integer.parseInt(ctx.queryParam("current")))
                    .filter(LotOffer::evaluated);
            if (previous.isPresent() && current.isPresent()) {
                return Optional.of(new LotOffer[] {previous.get(), current.get()});
            }
        } catch (NumberFormatException e) {
            // no such offer
        }
        notFound(ctx, "lot.offerNotFound");
        return Optional.empty();
    }

    private void diffPage(Context ctx) {
        Optional<Lot> lot = lot(ctx);
        Optional<LotOffer[]> pair = lot.flatMap(l -> diffPair(ctx, l));
        if (pair.isEmpty()) {
            return;
        }
        Ui ui = ui(ctx);
        LotOffer previous = pair.get()[0];
        LotOffer current = pair.get()[1];
        try {
            AssessmentDiff diff = AssessmentDiff.between(previous.assessment(), current.assessment());
            ctx.html(Pages.render("diff.jte", "ui", ui, "lot", lot.get(), "previous", previous, "current", current,
                    "diff", diff));
        } catch (IllegalArgumentException e) {
            ctx.status(400).html(Pages.render("diff.jte", "ui", ui, "lot", lot.get(), "previous", previous,
                    "current", current, "diff", null, "error", ui.t("diff.notComparable", e.getMessage())));
        }
    }

    private void diffFile(Context ctx, Lot lot, String file) throws Exception {
        Optional<LotOffer[]> pair = diffPair(ctx, lot);
        if (pair.isEmpty()) {
            return;
        }
        AssessmentDiff diff;
        try {
            diff = AssessmentDiff.between(pair.get()[0].assessment(), pair.get()[1].assessment());
        } catch (IllegalArgumentException e) {
            ctx.status(400).html(Pages.render("error.jte", "ui", ui(ctx), "title", ui(ctx).t("diff.title"),
                    "message", ui(ctx).t("diff.notComparable", e.getMessage())));
            return;
        }
        AuditRecord audit = AuditRecord.now(List.of());
        Locale locale = ui(ctx).locale();
        LotOffer current = pair.get()[1];
        if (file.equals("diff.json")) {
            download(ctx, DiffReport.json(diff, audit), "diff.json");
        } else if (file.equals("diff.pdf")) {
            download(ctx, context.jobs().run(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new DiffPdfRenderer(locale).render(diff, current.assessment(), audit, out);
                return out.toByteArray();
            }), "diff.pdf");
        } else {
            notFound(ctx, "error.notFound");
        }
    }

    // ---- the vendor's self-check and template

    private void selfCheck(Context ctx) throws Exception {
        Ui ui = ui(ctx);
        UploadedFile file = ctx.uploadedFile("questionnaire");
        if (file == null || file.size() == 0 || !Lot.offerName(file.filename())) {
            ctx.status(400).html(Pages.render("check.jte", "ui", ui, "error", file == null || file.size() == 0
                    ? ui.t("check.noFile") : ui.t("lot.badName", file.filename())));
            return;
        }
        String name = file.filename();
        Path folder = context.requestFolder(); // deleted below: nothing of the vendor's is kept
        try {
            Path stored = folder.resolve(LotFiles.storeUpload(folder, 1, name, bytes(file)));
            Questionnaire questionnaire;
            try {
                questionnaire = Lot.read(checker, stored);
            } catch (InputRejectedException e) {
                ctx.html(Pages.render("check.jte", "ui", ui, "fileName", name, "problems", e.problems()));
                return;
            }
            UploadedFile sbom = ctx.uploadedFile("sbom");
            if (sbom != null && sbom.size() > 0) {
                Path sbomFile = folder.resolve(LotFiles.storeUpload(folder, 2, sbom.filename(), bytes(sbom)));
                try {
                    questionnaire = questionnaire.withSbom(checker.sbomReader().read(sbomFile));
                } catch (InputRejectedException e) {
                    ctx.status(400).html(Pages.render("check.jte", "ui", ui, "error",
                            ui.t("check.badSbom", problems(e, sbom.filename()))));
                    return;
                }
            }
            Questionnaire checked = questionnaire;
            SelfCheck check = context.jobs().run(() -> checker.selfCheck(checked,
                    EvaluationContext.defaults().withPolicy(context.policy()), ui.locale()));
            // Under the hospital's own policy (serve --policy) the vendor sees the decision, never the score that
            // would hint at its weights and threshold (as `check --policy` prints it).
            ctx.html(Pages.render("check.jte", "ui", ui, "fileName", name, "check", check, "hospitalPolicy",
                    !context.policy().label().equals(Policy.defaults().label())));
        } finally {
            ServeContext.delete(folder);
        }
    }

    private void template(Context ctx) {
        Optional<Profile> profile = Profile.byId(Optional.ofNullable(ctx.queryParam("profile")).orElse(""));
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("csv");
        if (profile.isEmpty() || !List.of("csv", "json").contains(format)) {
            Ui ui = ui(ctx);
            ctx.status(400).html(Pages.render("error.jte", "ui", ui, "title", ui.t("error.title"),
                    "message", ui.t("error.badRequest", "profile, format")));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var template = checker.template(profile.get(), ui(ctx).locale());
        if (format.equals("csv")) {
            template.writeCsv(out);
        } else {
            template.writeJson(out);
        }
        download(ctx, out.toByteArray(), "questionnaire-template-" + profile.get().id() + "." + format);
    }

    // ---- helpers

    private static void download(Context ctx, byte[] bytes, String fileName) {
        String type = fileName.endsWith(".pdf") ? "application/pdf" : fileName.endsWith(".json")
                ? "application/json" : "text/csv; charset=utf-8";
        ctx.contentType(type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(bytes);
    }

    /** The uploaded file's bytes (the request's size limit bounds them). */
    private static byte[] bytes(UploadedFile file) throws IOException {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        }
    }

    private static String problems(InputRejectedException e, String fileName) {
        return String.join("; ", e.problems().stream().map(p -> Pages.where(p.location(), fileName) + ": "
                + p.message()).toList());
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** A download's name from the offer's file name: letters, digits, dot, dash and underscore only. */
    private static String baseName(String name) {
        String clean = LotFiles.cleanName(name);
        int dot = clean.lastIndexOf('.');
        return dot > 0 ? clean.substring(0, dot) : clean;
    }
}
