package org.cyberprocure.cli.serve.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.cyberprocure.InputRejectedException;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}). Every error of the HTTP API is one:
 * {@code type} names the kind of problem (a URN of this API, listed in docs/http-api.md), {@code title} says it in
 * a line, {@code detail} says what happened to this request. A rejected input adds the reason code of
 * {@link InputRejectedException} as {@code reason} and every problem with its location as {@code problems}, the
 * same fields as {@code check --format json}.
 */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem type URNs. */
    public static final String INVALID_INPUT = "urn:cyberprocure:problem:invalid-input";
    public static final String INVALID_SETTINGS = "urn:cyberprocure:problem:invalid-settings";
    public static final String BAD_REQUEST = "urn:cyberprocure:problem:bad-request";
    public static final String UNAUTHORIZED = "urn:cyberprocure:problem:unauthorized";
    public static final String FORBIDDEN = "urn:cyberprocure:problem:forbidden";
    public static final String NOT_FOUND = "urn:cyberprocure:problem:not-found";
    public static final String METHOD_NOT_ALLOWED = "urn:cyberprocure:problem:method-not-allowed";
    public static final String NOT_ACCEPTABLE = "urn:cyberprocure:problem:not-acceptable";
    public static final String TOO_LARGE = "urn:cyberprocure:problem:too-large";
    public static final String LENGTH_REQUIRED = "urn:cyberprocure:problem:length-required";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:cyberprocure:problem:unsupported-media-type";
    public static final String BUSY = "urn:cyberprocure:problem:busy";
    public static final String INTERNAL = "urn:cyberprocure:problem:internal-error";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode body = JSON.createObjectNode();

    private Problem(String type, String title, int status, String detail) {
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(type, title, status, detail);
    }

    /**
     * Bad input: 400 with the reason code of the exception and every problem with its location.
     *
     * @param upload the form field the rejected file came in (e.g. {@code file}, {@code sbom}), or null
     */
    public static Problem rejected(InputRejectedException e, String upload) {
        int n = e.problems().size();
        // describe() names the file and the place: "vendor.json, line 1, column 19: ..."
        Problem problem = new Problem(INVALID_INPUT, "Invalid input", 400, n == 1 ? e.problems().get(0).describe()
                : n + " problems, the first: " + e.problems().get(0).describe());
        problem.body.put("reason", e.reason().name());
        if (e.source() != null) {
            problem.body.put("source", e.source());
        }
        if (upload != null) {
            problem.body.put("field", upload);
        }
        ArrayNode problems = problem.body.putArray("problems");
        for (InputRejectedException.Problem p : e.problems()) {
            problems.addObject().put("reason", p.reason().name()).put("message", p.message())
                    .put("where", p.location().describe()).set("location", JSON.valueToTree(p.location()));
        }
        return problem;
    }

    /** Adds a member, e.g. {@code incident} or {@code limit}. */
    public Problem with(String name, String value) {
        body.put(name, value);
        return this;
    }

    public Problem with(String name, long value) {
        body.put(name, value);
        return this;
    }

    public int status() {
        return body.get("status").asInt();
    }

    /** Writes the problem as the response, with its status; {@code instance} is the request path. */
    public void send(Context ctx) {
        body.put("instance", ctx.path());
        ctx.status(status());
        ctx.contentType(MEDIA_TYPE + ";charset=utf-8");
        ctx.result(toJson().getBytes(StandardCharsets.UTF_8));
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(body) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
