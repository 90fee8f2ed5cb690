package org.cyberprocure.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the server agree: every API route the server registers is documented with its method,
 * and every documented operation is a route; the document served is the one in the repository, which docs link.
 * (Responses are checked against the document's schemas in ApiTest, LimitsTest and the security tests.)
 */
class OpenApiContractTest {
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
    void everyApiRoute_isInTheDocument_andEveryOperationIsARoute() {
        List<String> registered = server.server.routes().stream().filter(r -> r.contains(" /api/")).sorted()
                .toList();
        List<String> documented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = OpenApi.DOCUMENT.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT)
                    + " " + path.getKey()));
        }
        assertThat(registered).hasSizeGreaterThanOrEqualTo(8);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyDocumentedResponse_hasASchemaOrIsAReference() {
        OpenApi.DOCUMENT.get("paths").forEach(path -> path.forEach(operation -> operation.get("responses")
                .forEach(response -> {
                    if (!response.has("$ref")) {
                        response.get("content").forEach(media -> assertThat(media.has("schema")).isTrue());
                    }
                })));
        OpenApi.DOCUMENT.at("/components/schemas").fieldNames().forEachRemaining(OpenApi::schema);
    }

    @Test
    void theDocumentServed_isTheRepositorysOne_andTheDocsLinkIt() throws Exception {
        String served = server.get("/api/v1/openapi.yaml").body();
        Path source = Path.of("src/main/resources/org/cyberprocure/cli/serve/api/openapi.yaml");
        assertThat(served).isEqualTo(Files.readString(source));
        assertThat(Files.readString(Path.of("..", "docs", "http-api.md")))
                .contains("(../cli-sample/" + source.toString().replace('\\', '/') + ")");
        assertThat(OpenApi.DOCUMENT.get("openapi").asText()).isEqualTo("3.1.0");
    }
}
