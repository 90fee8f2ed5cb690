package org.cyberprocure.cli.serve;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.UUID;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.cli.serve.api.Api;
import org.cyberprocure.cli.serve.api.Problem;
import org.cyberprocure.cli.serve.web.Workbench;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code serve}: Javalin on Jetty (ADR 0029), the security layer ({@link Security}), the JSON API
 * under {@code /api/v1/} ({@link Api}) and the workbench pages at {@code /} ({@link Workbench}). Tests start it on
 * port 0 (a free port) and stop it with {@link #close}.
 */
public final class CyberProcureServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CyberProcureServer.class);

    /** Request methods of routes (Javalin also reports before- and after-handlers as added handlers). */
    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "POST", "PUT", "PATCH", "DELETE",
            "HEAD", "OPTIONS", "QUERY");

    private final Javalin app;
    private final ServeContext context;
    private final String host;
    private final List<String> routes;

    private CyberProcureServer(Javalin app, ServeContext context, String host, List<String> routes) {
        this.app = app;
        this.context = context;
        this.host = host;
        this.routes = List.copyOf(routes);
    }

    /**
     * Starts the server; it answers until {@link #close}.
     *
     * @param context what requests share
     * @param host    the address to listen on (ServeCommand refuses a non-loopback one without a token)
     * @param port    the port, or 0 for any free one
     */
    public static CyberProcureServer start(ServeContext context, String host, int port) {
        return start(context, host, port, config -> { });
    }

    /** As {@link #start(ServeContext, String, int)}, with routes of a test added before the error mapping. */
    static CyberProcureServer start(ServeContext context, String host, int port,
                                    java.util.function.Consumer<io.javalin.config.JavalinConfig> more) {
        ServeContext.Limits limits = context.limits();
        List<String> routes = new CopyOnWriteArrayList<>();
        Javalin app = Javalin.create(config -> {
            config.events.handlerAdded(info -> {
                if (METHODS.contains(info.getHttpMethod().name())) {
                    routes.add(info.getHttpMethod().name() + " " + info.getPath());
                }
            });
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // No compression: pages carry CSRF tokens next to reflected text (BREACH); reports are compressed PDFs.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.generateEtags = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = limits.maxRequestBytes();
            QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 4);
            threads.setName("cyberprocure-http");
            config.jetty.threadPool = threads;
            config.jetty.multipartConfig.cacheDirectory(context.workFolder().toString());
            config.jetty.multipartConfig.maxFileSize(limits.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            Security.register(config, context, host);
            Api.register(config, context);
            Workbench.register(config, context);
            more.accept(config);
            errors(config);
        });
        app.start(host, port);
        return new CyberProcureServer(app, context, host, routes);
    }

    private static void errors(io.javalin.config.JavalinConfig config) {
        config.routes.exception(InputRejectedException.class, (e, ctx) -> Problem.rejected(e, null).send(ctx));
        config.routes.exception(JobGate.Busy.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            Problem.of(Problem.BUSY, "Server busy", 503, e.getMessage()).send(ctx);
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(jakarta.servlet.ServletException.class, (e, ctx) -> {
            // Jetty refusing a body it cannot parse (a malformed multipart form): the client's error, with its code.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.eclipse.jetty.http.HttpException http && http.getCode() < 500) {
                    respond(ctx, http.getCode(), "the request body cannot be read (" + http.getCode() + " "
                            + org.eclipse.jetty.http.HttpStatus.getMessage(http.getCode()) + ")");
                    return;
                }
            }
            internalError(ctx, e);
        });
        config.routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                respond(ctx, 404, "no such page or endpoint: " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> respond(ctx, 405, "this method is not allowed here"));
    }

    /** Never the exception's text or trace: it may name internal paths. The log has both, under the incident id. */
    private static void internalError(Context ctx, Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
        Problem.of(Problem.INTERNAL, "Internal error", 500, "the server could not complete the request; the "
                + "server's log names the cause under incident " + incident).with("incident", incident).send(ctx);
    }

    /** An HTTP error as problem details for the API, as a short page otherwise. */
    static void respond(Context ctx, int status, String detail) {
        if (Security.isApi(ctx)) {
            String type = switch (status) {
                case 400 -> Problem.BAD_REQUEST;
                case 401 -> Problem.UNAUTHORIZED;
                case 403 -> Problem.FORBIDDEN;
                case 404 -> Problem.NOT_FOUND;
                case 405 -> Problem.METHOD_NOT_ALLOWED;
                case 406 -> Problem.NOT_ACCEPTABLE;
                case 411 -> Problem.LENGTH_REQUIRED;
                case 413 -> Problem.TOO_LARGE;
                case 415 -> Problem.UNSUPPORTED_MEDIA_TYPE;
                case 503 -> Problem.BUSY;
                default -> status >= 500 ? Problem.INTERNAL : Problem.BAD_REQUEST;
            };
            Problem.of(type, title(status), status, detail).send(ctx);
            return;
        }
        ctx.status(status);
        ctx.html(Security.page(title(status), "<p>" + Security.escape(detail) + "</p><p><a href=\"/\">Start page</a></p>"));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Access token required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 411 -> "Length required";
            case 413 -> "Request too large";
            case 415 -> "Unsupported media type";
            case 503 -> "Server busy";
            default -> status >= 500 ? "Internal error" : "Bad request";
        };
    }

    public int port() {
        return app.port();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Every route as "METHOD path", e.g. {@code POST /api/v1/evaluate}, in the order registered. */
    public List<String> routes() {
        return routes;
    }

    public ServeContext context() {
        return context;
    }

    /** Stops the server and deletes its work folder. */
    @Override
    public void close() {
        app.stop();
        context.close();
    }
}
