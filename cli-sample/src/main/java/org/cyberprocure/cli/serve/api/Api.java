package org.cyberprocure.cli.serve.api;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.cyberprocure.cli.serve.ServeContext;

/** The JSON API under {@code /api/v1/}, described by {@value #OPENAPI_RESOURCE} (docs/http-api.md). */
public final class Api {
    /** The OpenAPI document, served at {@code /api/v1/openapi.yaml}. */
    public static final String OPENAPI_RESOURCE = "/org/cyberprocure/cli/serve/api/openapi.yaml";
    public static final String BASE = "/api/v1";

    private Api() {
    }

    public static void register(JavalinConfig config, ServeContext context) {
        byte[] openApi = resource(OPENAPI_RESOURCE);
        config.routes.get(BASE + "/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8")
                .result(openApi));
    }

    static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
