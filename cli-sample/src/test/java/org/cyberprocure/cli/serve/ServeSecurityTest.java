package org.cyberprocure.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The security layer of the real server on a loopback port: headers, Host check, no listing. */
class ServeSecurityTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyResponse_carriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/api/v1/openapi.yaml", "/no-such-page", "/api/v1/no-such"}) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(Security.CONTENT_SECURITY_POLICY);
            assertThat(Security.CONTENT_SECURITY_POLICY).contains("default-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
        }
    }

    @Test
    void unknownApiPath_isA404Problem() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/no-such");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\" : \"urn:cyberprocure:problem:not-found\"", "\"status\" : 404");
    }
}
