package org.cyberprocure.cli.serve.web;

import io.javalin.config.JavalinConfig;
import org.cyberprocure.cli.serve.ServeContext;

/**
 * The officer's and the vendor's workbench pages, mounted at {@code /}. Placeholder of the server skeleton: the
 * workbench (helper "web") replaces this body.
 */
public final class Workbench {
    private Workbench() {
    }

    /** Adds the pages' routes; called once by the server bootstrap. */
    public static void register(JavalinConfig config, ServeContext context) {
        config.routes.get("/", ctx -> ctx.html("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>CyberProcure</title></head><body><main><h1>CyberProcure</h1>"
                + "<p>The HTTP API is at <a href=\"/api/v1/openapi.yaml\">/api/v1/</a>.</p></main></body></html>"));
    }
}
