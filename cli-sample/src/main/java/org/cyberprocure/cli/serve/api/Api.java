package org.cyberprocure.cli.serve.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.cli.CatalogWriter;
import org.cyberprocure.cli.serve.ServeContext;
import org.cyberprocure.io.QuestionnaireTemplate;
import org.cyberprocure.model.Profile;
import org.cyberprocure.report.AuditRecord;
import org.cyberprocure.report.oscal.OscalCatalog;

/**
 * The JSON API under {@code /api/v1/}, described by {@value #OPENAPI_RESOURCE} and docs/http-api.md. A thin layer:
 * every endpoint calls the library (and the command line's reading of files); none holds evaluation logic.
 */
public final class Api {
    /** The OpenAPI document, served at {@code /api/v1/openapi.yaml}. */
    public static final String OPENAPI_RESOURCE = "/org/cyberprocure/cli/serve/api/openapi.yaml";
    public static final String BASE = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Api() {
    }

    public static void register(JavalinConfig config, ServeContext context) {
        byte[] openApi = resource(OPENAPI_RESOURCE);
        var routes = config.routes;
        routes.get(BASE + "/openapi.yaml", ctx -> ctx.contentType("application/yaml;charset=utf-8").result(openApi));
        routes.get(BASE + "/info", ctx -> info(ctx, context));
        routes.get(BASE + "/catalog", ctx -> catalog(ctx, context));
        routes.get(BASE + "/template", ctx -> template(ctx, context));
        routes.post(BASE + "/evaluate", ctx -> Endpoints.evaluate(ctx, context));
        routes.post(BASE + "/check", ctx -> Endpoints.check(ctx, context));
        routes.post(BASE + "/compare", ctx -> Endpoints.compare(ctx, context));
        routes.post(BASE + "/diff", ctx -> Endpoints.diff(ctx, context));

        routes.exception(Endpoints.FieldRejected.class, (e, ctx) -> Problem.rejected(e.rejection, e.field).send(ctx));
        routes.exception(Uploads.TooMany.class, (e, ctx) -> Problem.of(Problem.TOO_LARGE, "Too many files", 413,
                e.getMessage()).with("limit", e.limit).send(ctx));
        routes.exception(Uploads.UnsupportedMediaType.class, (e, ctx) -> Problem.of(Problem.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type", 415, e.getMessage()).send(ctx));
        routes.exception(Params.InvalidSettings.class, (e, ctx) -> Problem.of(Problem.INVALID_SETTINGS,
                "Invalid policy or waivers", 400, e.getMessage()).send(ctx));
        routes.exception(Endpoints.RequestFailed.class, (e, ctx) -> Problem.of(Problem.INTERNAL, "Internal error",
                500, e.getMessage()).send(ctx));
    }

    /** GET /api/v1/info: versions, languages, profiles, limits. */
    private static void info(Context ctx, ServeContext context) throws IOException {
        Params.of(ctx, context, List.of());
        Catalog catalog = context.checker().catalog();
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "cyberprocure");
        root.put("toolVersion", AuditRecord.libraryVersion());
        root.put("rulePack", context.checker().rulePack().name());
        root.put("rulePackVersion", context.checker().rulePack().version());
        root.put("catalogVersion", catalog.version());
        catalog.translations().languages().forEach(root.withArray("languages")::add);
        root.put("defaultLanguage", context.language().toLanguageTag());
        root.put("policy", context.policyName());
        for (Profile profile : Profile.values()) {
            root.withArray("profiles").add(profile.id());
        }
        ObjectNode limits = root.putObject("limits");
        limits.put("maxRequestBytes", context.limits().maxRequestBytes());
        limits.put("maxFiles", context.limits().maxFiles());
        limits.put("maxJobs", context.limits().maxJobs());
        root.put("tokenRequired", context.access().tokenRequired());
        ctx.contentType("application/json;charset=utf-8").result(JSON.writeValueAsBytes(root));
    }

    /** GET /api/v1/catalog: the requirements with citations and legal force (JSON, CSV or an OSCAL catalog). */
    private static void catalog(Context ctx, ServeContext context) throws IOException {
        Params params = Params.of(ctx, context, List.of("profile", "format"));
        Profile profile = profile(params, false);
        String format = Negotiation.choose(ctx, params, List.of("json", "csv", "oscal"));
        Catalog catalog = context.checker().catalog();
        CatalogWriter writer = new CatalogWriter(catalog, profile);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case "csv" -> writer.writeCsv(out);
            case "oscal" -> OscalCatalog.write(catalog, profile, out);
            default -> writer.writeJson(out);
        }
        if (format.equals("csv")) {
            ctx.header("Content-Disposition", attachment("catalog.csv"));
        }
        String type = Negotiation.MEDIA_TYPES.get(format);
        ctx.contentType(type + ";charset=utf-8").result(out.toByteArray());
    }

    /** GET /api/v1/template: a blank questionnaire of a profile, CSV or JSON. */
    private static void template(Context ctx, ServeContext context) {
        Params params = Params.of(ctx, context, List.of("profile", "format", "lang"));
        Profile profile = profile(params, true);
        String format = Negotiation.choose(ctx, params, List.of("csv", "json"));
        java.util.Locale language = params.language();
        QuestionnaireTemplate template = context.checker().template(profile, language);
        ctx.header("Content-Language", language.toLanguageTag());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals("csv")) {
            template.writeCsv(out);
        } else {
            template.writeJson(out);
        }
        ctx.header("Content-Disposition", attachment("questionnaire-" + profile.id() + "." + format));
        ctx.contentType(Negotiation.MEDIA_TYPES.get(format) + ";charset=utf-8").result(out.toByteArray());
    }

    private static Profile profile(Params params, boolean required) {
        String id = params.get("profile");
        if (id == null) {
            if (required) {
                throw new BadRequestResponse("profile is required: cloud-migration or medical-device");
            }
            return null;
        }
        return Profile.byId(id).orElseThrow(() -> new BadRequestResponse("unknown profile '" + id
                + "'; use cloud-migration or medical-device"));
    }

    /**
     * A Content-Disposition for a download (RFC 6266): an ASCII name, and the UTF-8 name as {@code filename*} when
     * it differs (an upload named in Greek or Polish keeps its name). Names are already cleaned (Uploads.cleanName).
     */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"" + (ascii.equals(fileName) ? ""
                : "; filename*=UTF-8''" + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
    }

    static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigurationException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
