package org.cyberprocure.cli.serve;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        Path out = Files.createDirectories(Path.of("/tmp/api-out"));
        try (TestServer server = TestServer.start()) {
            Files.writeString(out.resolve("info.json"), server.get("/api/v1/info").body());
            Files.writeString(out.resolve("catalog.json"), server.get("/api/v1/catalog?profile=medical-device").body());
            Files.writeString(out.resolve("template.json"), server.get("/api/v1/template?profile=medical-device&format=json").body());
            post(server, "evaluate", new TestServer.Multipart().file("file", TestServer.EXAMPLES.resolve("cloud-vendor.json")), out.resolve("evaluate.json"));
            post(server, "check", new TestServer.Multipart().file("file", TestServer.EXAMPLES.resolve("cloud-vendor.json")), out.resolve("check.json"));
            TestServer.Multipart lot = new TestServer.Multipart();
            for (Path p : Files.list(TestServer.EXAMPLES.resolve("lot-pacs")).sorted().toList()) {
                lot.file("file", p);
            }
            post(server, "compare", lot, out.resolve("compare.json"));
            post(server, "diff", new TestServer.Multipart().file("previous", TestServer.EXAMPLES.resolve("cloud-vendor.json"))
                    .file("current", TestServer.EXAMPLES.resolve("resubmission/cloud-vendor-round2.json")), out.resolve("diff.json"));
        }
    }

    private static void post(TestServer server, String endpoint, TestServer.Multipart form, Path target) throws Exception {
        HttpResponse<Path> r = server.send(HttpRequest.newBuilder(server.uri("/api/v1/" + endpoint))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofFile(target));
        System.out.println(endpoint + " " + r.statusCode());
    }
}
