package org.cyberprocure.cli.serve;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;
import org.cyberprocure.cli.serve.api.Problem;

/**
 * The security layer of {@code serve}, run before every request (ADR 0030).
 *
 * <ol>
 *   <li>Security headers on every response: a strict Content-Security-Policy ({@code default-src 'self'}, no inline
 *       script or style, {@code frame-ancestors 'none'}, {@code form-action 'self'}), {@code nosniff},
 *       {@code Referrer-Policy: no-referrer}, {@code Cache-Control: no-store} (reports are confidential).</li>
 *   <li>Without an access token (loopback only) the {@code Host} header must name this machine, so that a web page
 *       cannot reach the server through DNS rebinding.</li>
 *   <li>A declared body larger than the limit is refused with 413 before it is read.</li>
 *   <li>With an access token: {@code /api/} requests need {@code Authorization: Bearer TOKEN}; pages need a session
 *       that logged in at {@code /login} (GET requests are sent there, others get 401).</li>
 *   <li>CSRF: every non-API request that is not GET, HEAD or OPTIONS must carry the session's CSRF token.</li>
 * </ol>
 *
 * <h2>For the workbench pages (package {@code web}): sessions and CSRF</h2>
 * <pre>
 * Every page request has a session: Security.session(ctx) returns it (made and set as the HttpOnly, SameSite=Strict
 * cookie "cyberprocure_session" on the first page view). Every form that POSTs (or PUT/PATCH/DELETE) must carry
 *
 *     &lt;input type="hidden" name="_csrf" value="${Security.csrfToken(ctx)}"&gt;
 *
 * (for multipart forms too: enctype="multipart/form-data" works, the field is read from the form), or, for a
 * fetch() from the page's own script, the header  X-CSRF-Token: &lt;the same value&gt;  (read it from a
 * &lt;meta name="csrf-token" content="..."&gt; the page renders; never from a cookie). A POST without it, or with
 * another session's token, gets 403 before any page handler runs: handlers need no check of their own.
 * Login (GET/POST /login) and logout (POST /logout, with _csrf) are served here; when a token is required a page
 * request without a logged-in session is redirected to /login?next=PATH. Paths under /assets/ are served without a
 * login (style sheets and scripts of the login page); put nothing confidential there. No inline script or style:
 * the CSP forbids them; link /assets/... files instead (or add a sha256 hash to SCRIPT_HASHES).
 * </pre>
 */
public final class Security {
    /** The form field and header that carry the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Static files any visitor may load, for the login page. */
    public static final String PUBLIC_ASSETS = "/assets/";
    /** Hashes ('sha256-...') of inline scripts the pages need; empty: no inline script at all. */
    static final Set<String> SCRIPT_HASHES = Set.of();
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'"
            + SCRIPT_HASHES.stream().map(h -> " '" + h + "'").reduce("", String::concat)
            + "; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String SESSION_ATTRIBUTE = "cyberprocure.session";

    private Security() {
    }

    /** Installs the before-handlers and the login routes. */
    static void register(JavalinConfig config, ServeContext context, String boundHost) {
        AccessControl access = context.access();
        config.routes.before(ctx -> {
            headers(ctx);
            if (!access.tokenRequired() && !allowedHost(ctx.host(), boundHost)) {
                Problem.of(Problem.FORBIDDEN, "Host not allowed", 403, "this server answers requests for "
                        + "localhost only (it listens on the loopback address without an access token)").send(ctx);
                ctx.skipRemainingHandlers();
                return;
            }
            long declared = ctx.req().getContentLengthLong();
            boolean body = ctx.method() == HandlerType.POST || ctx.method() == HandlerType.PUT
                    || ctx.method() == HandlerType.PATCH;
            if (body && declared < 0) {
                // A body of unknown length (chunked) could only be limited while it is read: ask for its length.
                Problem.of(Problem.LENGTH_REQUIRED, "Length required", 411, "send the request with a "
                        + "Content-Length header (curl and browsers do for uploads)").send(ctx);
                ctx.header("Connection", "close");
                ctx.skipRemainingHandlers();
                return;
            }
            if (declared > context.limits().maxRequestBytes()) {
                Problem.of(Problem.TOO_LARGE, "Request too large", 413, "the request body has " + declared
                        + " bytes; this server takes at most " + context.limits().maxRequestBytes())
                        .with("limit", context.limits().maxRequestBytes()).send(ctx);
                ctx.header("Connection", "close");
                ctx.skipRemainingHandlers();
                return;
            }
            if (isApi(ctx)) {
                if (!access.allowsBearer(ctx.header("Authorization"))) {
                    ctx.header("WWW-Authenticate", "Bearer realm=\"cyberprocure\"");
                    Problem.of(Problem.UNAUTHORIZED, "Access token required", 401, "send the server's access "
                            + "token as: Authorization: Bearer TOKEN").send(ctx);
                    ctx.skipRemainingHandlers();
                }
                return;
            }
            pageAccess(ctx, access);
        });
        config.routes.get("/login", ctx -> {
            if (!access.tokenRequired()) {
                ctx.redirect("/", HttpStatus.SEE_OTHER); // nothing to log in to
                return;
            }
            loginPage(ctx, null);
        });
        config.routes.post("/login", ctx -> {
            AccessControl.Session session = session(ctx);
            if (!access.tokenRequired()) {
                ctx.redirect("/", HttpStatus.SEE_OTHER);
                return;
            }
            if (!access.matches(ctx.formParam("token"))) {
                ctx.status(401);
                loginPage(ctx, "That is not the access token.");
                return;
            }
            setCookie(ctx, access.login(session));
            ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
        });
        config.routes.post("/logout", ctx -> {
            access.logout(session(ctx));
            ctx.removeCookie(AccessControl.SESSION_COOKIE, "/");
            ctx.redirect(access.tokenRequired() ? "/login" : "/", HttpStatus.SEE_OTHER);
        });
    }

    /** The request's session (pages only; API requests have none). */
    public static AccessControl.Session session(Context ctx) {
        return ctx.attribute(SESSION_ATTRIBUTE);
    }

    /** The CSRF token the page's forms must send back as {@value #CSRF_FIELD}. */
    public static String csrfToken(Context ctx) {
        AccessControl.Session session = session(ctx);
        if (session == null) {
            throw new IllegalStateException("no session: csrfToken is for page requests (not /api/)");
        }
        return session.csrfToken();
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        ctx.header("Cache-Control", "no-store");
    }

    private static void pageAccess(Context ctx, AccessControl access) {
        AccessControl.Session session = access.session(ctx.cookie(AccessControl.SESSION_COOKIE)).orElse(null);
        if (session == null) {
            session = access.newSession();
            setCookie(ctx, session);
        }
        ctx.attribute(SESSION_ATTRIBUTE, session);
        boolean safeMethod = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                || ctx.method() == HandlerType.OPTIONS;
        if (!safeMethod) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null) {
                sent = ctx.formParam(CSRF_FIELD);
            }
            if (!AccessControl.csrfMatches(session, sent)) {
                ctx.status(403);
                ctx.html(page("Form expired", "<p>This form was not sent from this session's page (missing or "
                        + "outdated security token). Go back, reload the page and send it again.</p>"));
                ctx.skipRemainingHandlers();
                return;
            }
        }
        boolean open = ctx.path().equals("/login") || ctx.path().startsWith(PUBLIC_ASSETS);
        if (!session.authenticated() && !open) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(),
                        java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            } else {
                ctx.status(401);
                ctx.html(page("Login required", "<p><a href=\"/login\">Log in</a> with the access token.</p>"));
            }
            ctx.skipRemainingHandlers();
        }
    }

    private static void setCookie(Context ctx, AccessControl.Session session) {
        Cookie cookie = new Cookie(AccessControl.SESSION_COOKIE, session.id(), "/", -1, ctx.req().isSecure(), true,
                null, SameSite.STRICT);
        ctx.cookie(cookie);
        ctx.attribute(SESSION_ATTRIBUTE, session);
    }

    private static void loginPage(Context ctx, String error) {
        AccessControl.Session session = session(ctx);
        String next = safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
        ctx.html(page("Log in", (error == null ? "" : "<p role=\"alert\">" + escape(error) + "</p>")
                + "<form method=\"post\" action=\"/login\">"
                + "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + escape(session.csrfToken()) + "\">"
                + "<input type=\"hidden\" name=\"next\" value=\"" + escape(next) + "\">"
                + "<p><label for=\"token\">Access token</label> "
                + "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required>"
                + "</p><p><button type=\"submit\">Log in</button></p></form>"));
    }

    /** A local path only: never an absolute URL or a protocol-relative one (no open redirect). */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(c -> c < 0x20) ? next : "/";
    }

    /** A minimal HTML page (the workbench's pages have their own layout). */
    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - CyberProcure</title></head><body><main><h1>" + escape(title) + "</h1>" + body
                + "</main></body></html>";
    }

    static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text == null ? "" : text);
    }

    /** Host header names this server answers to without a token: loopback names and the address it is bound to. */
    static boolean allowedHost(String hostHeader, String boundHost) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            host = host.substring(0, host.indexOf(']') + 1);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        if (host.equals("localhost") || host.equals("[::1]") || host.equals(boundHost.toLowerCase(Locale.ROOT))
                || ("[" + boundHost + "]").equalsIgnoreCase(host)) {
            return true;
        }
        if (host.matches("127(\\.\\d{1,3}){3}")) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
