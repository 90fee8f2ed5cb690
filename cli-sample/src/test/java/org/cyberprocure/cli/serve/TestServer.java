package org.cyberprocure.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.Policy;

/**
 * The real server on a free loopback port, for tests, with the java.net.http client. The rule pack is loaded once
 * per test JVM and shared, as {@code serve} shares it between requests.
 */
final class TestServer implements AutoCloseable {
    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static ComplianceChecker checker;

    final CyberProcureServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(CyberProcureServer server) {
        this.server = server;
    }

    /**
     * The same server through a new client: for requests the server answers without reading their whole body (a
     * 411, 413 or malformed upload), after which it closes the connection; a shared client's pool might reuse it.
     */
    TestServer fresh() {
        return new TestServer(server);
    }

    static synchronized ComplianceChecker checker() {
        if (checker == null) {
            checker = ComplianceChecker.load();
        }
        return checker;
    }

    static TestServer start() {
        return start(ServeContext.Limits.defaults(), AccessControl.open());
    }

    static TestServer start(ServeContext.Limits limits, AccessControl access) {
        return start(limits, access, config -> { });
    }

    static TestServer start(ServeContext.Limits limits, AccessControl access,
                            java.util.function.Consumer<io.javalin.config.JavalinConfig> more) {
        ServeContext context = new ServeContext(checker(), Locale.ENGLISH, Policy.defaults(), "built-in", limits,
                access, null);
        return new TestServer(CyberProcureServer.start(context, "127.0.0.1", 0, more));
    }

    /** POSTs a multipart form, with extra headers as name, value pairs. */
    HttpResponse<byte[]> post(String path, Multipart form, String... headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", form.contentType())
                .POST(form.publisher());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    URI uri(String path) {
        return server.uri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return client.send(request, body);
    }

    /** A response read off the socket: status code and body. */
    record RawResponse(int status, String body) {
    }

    /**
     * Sends only a request's head (request line and headers, no body) on a raw socket and reads the response. For
     * the requests the server must answer before it reads a body (411, 413): an HTTP client would be writing the
     * body while the server closes the connection, and might see the close before the response.
     */
    RawResponse head(String method, String path, String... headerLines) throws IOException {
        URI uri = uri(path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + ":" + uri.getPort() + "\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
            while (!headBytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed inside the response head: " + headBytes);
                }
                headBytes.write(b);
            }
            List<String> lines = headBytes.toString(StandardCharsets.ISO_8859_1).lines().toList();
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            int length = lines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                    .map(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip())).findFirst()
                    .orElseThrow(() -> new IOException("no Content-Length in " + lines));
            return new RawResponse(status, new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }

    /** A multipart/form-data body built by hand (the JDK client has none). */
    static final class Multipart {
        final String boundary = "----cyberprocure" + UUID.randomUUID();
        private final List<byte[]> parts = new ArrayList<>();

        Multipart field(String name, String value) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart file(String name, Path file) throws IOException {
            return file(name, file.getFileName().toString(), Files.readAllBytes(file));
        }

        Multipart file(String name, String fileName, byte[] content) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            parts.add(content);
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** The body with its length known (sent with Content-Length, as curl and browsers send uploads). */
        HttpRequest.BodyPublisher publisher() {
            return HttpRequest.BodyPublishers.ofByteArray(bytes());
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            parts.forEach(all::writeBytes);
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
