package org.cyberprocure.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request size and file count limits of the real server, and the job gate. */
class LimitsTest {
    private static final long MAX_BYTES = 64 * 1024;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(new ServeContext.Limits(MAX_BYTES, 3, 2, 4, 16), AccessControl.open());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLargerBody_is413_beforeItIsRead() throws Exception {
        // Only the head is sent: the server must answer from the declared length, without waiting for the body.
        TestServer.RawResponse response = server.head("POST", "/api/v1/evaluate",
                "Content-Type: multipart/form-data; boundary=xyz", "Content-Length: " + (MAX_BYTES + 1));
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        JsonNode problem = OpenApi.assertMatches("Problem", response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:cyberprocure:problem:too-large");
        assertThat(problem.get("limit").asLong()).isEqualTo(MAX_BYTES);
    }

    @Test
    void aBodyOfUnknownLength_is411_andAMalformedOne400() throws Exception {
        TestServer.RawResponse response = server.head("POST", "/api/v1/evaluate",
                "Content-Type: multipart/form-data; boundary=xyz", "Transfer-Encoding: chunked");
        assertThat(response.status()).as(response.body()).isEqualTo(411);
        assertThat(OpenApi.assertMatches("Problem", response.body()).get("type").asText())
                .isEqualTo("urn:cyberprocure:problem:length-required");
        HttpRequest malformed = HttpRequest.newBuilder(server.uri("/api/v1/evaluate"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.json\"\r\n\r\n{}")).build();
        HttpResponse<String> bad = server.fresh().send(malformed, HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(OpenApi.assertMatches("Problem", bad.body()).get("detail").asText())
                .contains("the request body cannot be read");
    }

    @Test
    void moreFilesThanTheLimit_is413() throws Exception {
        TestServer.Multipart form = new TestServer.Multipart();
        for (int i = 0; i < 4; i++) {
            form.file("file", "offer-" + i + ".json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> response = server.fresh().post("/api/v1/compare", form);
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = OpenApi.assertMatches("Problem", TestServer.text(response));
        assertThat(problem.get("detail").asText()).contains("4 files in one request; this server takes at most 3");
        assertThat(problem.get("limit").asInt()).isEqualTo(3);
    }

    @Test
    void jobGate_runsAtMostItsSlots_andRefusesBeyondTheWaitingLine() throws Exception {
        JobGate gate = new JobGate(1, 1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> gate.run(() -> {
                running.countDown();
                release.await();
                return "first";
            }));
            running.await();
            Future<String> second = pool.submit(() -> gate.run(() -> "second"));
            while (gate.waiting() == 0) {
                Thread.onSpinWait(); // until the second request stands in line
            }
            assertThat(gate.running()).isEqualTo(1);
            assertThatThrownBy(() -> gate.run(() -> "third")).isInstanceOf(JobGate.Busy.class);
            release.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactly("first", "second");
            assertThat(gate.running()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
