package org.cyberprocure.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cyberprocure.cli.CliRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with an access token: the API needs it as a bearer token, the pages a login with it. */
class AccessTokenTest {
    static final String TOKEN = "s3cret-token-of-the-hospital-IT";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(ServeContext.Limits.defaults(), AccessControl.withToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void api_needsTheBearerToken() throws Exception {
        HttpResponse<String> none = server.get("/api/v1/info");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"cyberprocure\"");
        assertThat(OpenApi.assertMatches("Problem", none.body()).get("type").asText())
                .isEqualTo("urn:cyberprocure:problem:unauthorized");
        assertThat(server.get("/api/v1/info", "Authorization", "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v1/info", "Authorization", "Basic " + TOKEN).statusCode()).isEqualTo(401);
        HttpResponse<String> right = server.get("/api/v1/info", "Authorization", "Bearer " + TOKEN);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(OpenApi.assertMatches("Info", right.body()).get("tokenRequired").asBoolean()).isTrue();
        HttpResponse<byte[]> evaluate = server.post("/api/v1/evaluate", new TestServer.Multipart().file("file",
                TestServer.EXAMPLES.resolve("cloud-vendor.json")));
        assertThat(evaluate.statusCode()).isEqualTo(401);
    }

    @Test
    void pages_needALogin_whichRenewsTheSession() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2F");
        String cookie = ServeSecurityTest.sessionCookie(page);
        HttpResponse<String> login = server.send(HttpRequest.newBuilder(server.uri("/login?next=/"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<label for=\"token\">", "type=\"password\"");
        String csrf = ServeSecurityTest.csrfField(login.body());
        String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&next=%2F&token=";
        HttpResponse<String> wrong = ServeSecurityTest.postForm(server, "/login", cookie, form + "guess-guess-guess-1");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("not the access token");
        assertThat(ServeSecurityTest.postForm(server, "/login", cookie, "next=%2F&token=" + TOKEN).statusCode())
                .as("a login without the form's CSRF token").isEqualTo(403);
        HttpResponse<String> right = ServeSecurityTest.postForm(server, "/login", cookie, form + TOKEN);
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValue("/");
        String loggedIn = ServeSecurityTest.sessionCookie(right);
        assertThat(loggedIn).isNotEqualTo(cookie);
        HttpResponse<String> start = server.send(HttpRequest.newBuilder(server.uri("/")).header("Cookie", loggedIn)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(200);
        HttpResponse<String> old = server.send(HttpRequest.newBuilder(server.uri("/")).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(old.statusCode()).as("the session from before the login is gone").isEqualTo(303);
    }

    @Test
    void tokens_areComparedWhole() {
        AccessControl access = AccessControl.withToken(TOKEN);
        assertThat(access.matches(TOKEN)).isTrue();
        assertThat(access.matches(TOKEN.substring(1))).isFalse();
        assertThat(access.matches("")).isFalse();
        assertThat(access.matches(null)).isFalse();
        assertThat(AccessControl.open().matches(TOKEN)).isFalse();
        assertThat(AccessControl.open().allowsBearer(null)).isTrue();
        assertThatThrownBy(() -> AccessControl.withToken("short")).hasMessageContaining("16 characters");
    }

    @Test
    void serve_onANonLoopbackAddress_refusesToStartWithoutAToken(@TempDir Path temp) throws Exception {
        CliRun run = serve("--host", "0.0.0.0", "--port", "0");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--host 0.0.0.0 is reachable from other machines: an access token is required",
                "--token-file", ServeCommand.TOKEN_VARIABLE, "Not started");
        Path shortToken = Files.writeString(temp.resolve("token.txt"), "abc\n");
        CliRun tooShort = serve("--host", "0.0.0.0", "--port", "0", "--token-file", shortToken.toString());
        assertThat(tooShort.exit).isEqualTo(2);
        assertThat(tooShort.err).contains("at least 16 characters");
        CliRun missing = serve("--token-file", temp.resolve("none.txt").toString(), "--port", "0");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("cannot read the token file");
        CliRun unknownHost = serve("--host", "no-such-host.invalid", "--port", "0");
        assertThat(unknownHost.exit).isEqualTo(2);
    }

    static CliRun serve(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.run(all);
    }
}
