package org.cyberprocure.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberprocure.ConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The security layer of the real server on a loopback port: headers, Host check, CSRF, no listing, errors. */
class ServeSecurityTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(ServeContext.Limits.defaults(), AccessControl.open(), config -> {
            config.routes.get("/api/v1/test-configuration-error", ctx -> {
                throw new ConfigurationException("no iText in /opt/secret/lib");
            });
            config.routes.get("/api/v1/test-bug", ctx -> {
                throw new IllegalStateException("bug at /home/officer/lot-17");
            });
            // A page with a form, as the workbench renders them.
            config.routes.get("/test-form", ctx -> ctx.html("<form method=\"post\" action=\"/logout\">"
                    + "<input type=\"hidden\" name=\"_csrf\" value=\"" + Security.csrfToken(ctx) + "\"></form>"));
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyResponse_carriesTheSecurityHeaders() throws Exception {
        assertThat(Security.CONTENT_SECURITY_POLICY).contains("default-src 'self'", "frame-ancestors 'none'",
                "script-src 'self'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        for (String path : List.of("/", "/login", "/api/v1/openapi.yaml", "/no-such-page", "/api/v1/no-such")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(Security.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
        }
    }

    @Test
    void unknownPaths_are404_andNoFolderIsListed() throws Exception {
        for (String path : List.of("/api/v1/no-such", "/api/v1/", "/api/", "/assets/", "/..%2f..%2fetc/passwd")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("openapi.yaml\"", "root:");
        }
        HttpResponse<String> api = server.get("/api/v1/no-such");
        assertThat(OpenApi.assertMatches("Problem", api.body()).get("type").asText())
                .isEqualTo("urn:cyberprocure:problem:not-found");
    }

    @Test
    void internalErrors_are500Problems_thatLeakNothing() throws Exception {
        for (String path : List.of("/api/v1/test-configuration-error", "/api/v1/test-bug")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).isEqualTo(500);
            JsonNode problem = OpenApi.assertMatches("Problem", response.body());
            assertThat(problem.get("type").asText()).isEqualTo("urn:cyberprocure:problem:internal-error");
            assertThat(problem.get("incident").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("/opt/secret", "/home/officer", "Exception", "iText");
        }
    }

    @Test
    void withoutAToken_onlyLocalHostNamesAreAnswered() throws Exception {
        assertThat(rawGet("127.0.0.1:" + server.server.port())).startsWith("HTTP/1.1 200");
        assertThat(rawGet("localhost:" + server.server.port())).startsWith("HTTP/1.1 200");
        String rebound = rawGet("attacker.example:" + server.server.port());
        assertThat(rebound).startsWith("HTTP/1.1 403").contains("localhost only");
        assertThat(Security.allowedHost("[::1]:8080", "127.0.0.1")).isTrue();
        assertThat(Security.allowedHost("127.0.0.2", "127.0.0.1")).isTrue();
        assertThat(Security.allowedHost("127.0.0.1.attacker.example", "127.0.0.1")).isFalse();
        assertThat(Security.allowedHost(null, "127.0.0.1")).isFalse();
    }

    /** A request with a Host header of our choice (the JDK client will not send another). */
    private static String rawGet(String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/info HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder response = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                response.append(line).append('\n');
            }
            return response.toString();
        }
    }

    @Test
    void formPosts_needTheSessionsCsrfToken() throws Exception {
        assertThat(server.get("/login").statusCode()).as("no login without a token").isEqualTo(303);
        HttpResponse<String> page = server.get("/test-form");
        String cookie = sessionCookie(page);
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .contains("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        String csrf = csrfField(page.body());
        HttpResponse<String> forged = postForm(server, "/logout", cookie, "");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> otherSession = postForm(server, "/logout", sessionCookie(server.get("/test-form")),
                "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        assertThat(otherSession.statusCode()).isEqualTo(403);
        HttpResponse<String> real = postForm(server, "/logout", cookie, "_csrf=" + URLEncoder.encode(csrf,
                StandardCharsets.UTF_8));
        assertThat(real.statusCode()).isEqualTo(303);
        HttpResponse<String> header = server.send(HttpRequest.newBuilder(server.uri("/logout"))
                .header("Cookie", cookie).header(Security.CSRF_HEADER, csrf)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(header.statusCode()).as("the session ended with the logout").isEqualTo(403);
    }

    @Test
    void safeNext_keepsRedirectsOnThisServer() {
        assertThat(Security.safeNext("/lots/3")).isEqualTo("/lots/3");
        assertThat(Security.safeNext("//attacker.example/")).isEqualTo("/");
        assertThat(Security.safeNext("https://attacker.example/")).isEqualTo("/");
        assertThat(Security.safeNext("/\\attacker.example")).isEqualTo("/");
        assertThat(Security.safeNext(null)).isEqualTo("/");
    }

    static HttpResponse<String> postForm(TestServer server, String path, String cookie, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return server.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<String> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }

    static String csrfField(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }
}
