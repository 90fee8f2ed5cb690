package org.cyberprocure.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every {@code curl} example of docs/http-api.md against a real server and checks the response shown after
 * it: the status line, each header shown, and the body (JSON: the fields shown, at the same paths; text: the lines
 * shown, up to a line {@code ...}). Run with {@code -Dcyberprocure.writeHttpApiDoc=true} to refresh the shown
 * values from the server (the fields and lines chosen stay).
 */
class HttpApiDocTest {
    private static final Path DOC = Path.of("..", "docs", "http-api.md");
    private static final Path ROOT = Path.of("..");
    private static final String LOOPBACK = "http://127.0.0.1:8080";
    private static final String BEHIND_PROXY = "https://cyberprocure.hospital.example";
    private static final Pattern EXAMPLE = Pattern.compile("```sh\n(curl [^\n]+)\n```\n\n```http\n(.*?)\n```",
            Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static TestServer loopback;
    private static TestServer withToken;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        loopback = TestServer.start();
        withToken = TestServer.start(ServeContext.Limits.defaults(), AccessControl.withToken(AccessTokenTest.TOKEN));
    }

    @AfterAll
    static void stop() {
        loopback.close();
        withToken.close();
    }

    @Test
    void everyCurlExample_givesTheResponseShown() throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = EXAMPLE.matcher(doc);
        StringBuilder rewritten = new StringBuilder();
        int examples = 0;
        while (m.find()) {
            examples++;
            String shown = m.group(2);
            String actual = check(m.group(1), shown);
            m.appendReplacement(rewritten, Matcher.quoteReplacement("```sh\n" + m.group(1) + "\n```\n\n```http\n"
                    + actual + "\n```"));
        }
        m.appendTail(rewritten);
        assertThat(examples).as("curl examples in the doc").isGreaterThanOrEqualTo(10);
        assertThat(doc.split("\ncurl ", -1).length - 1).as("every curl line is followed by its response")
                .isEqualTo(examples);
        if (Boolean.getBoolean("cyberprocure.writeHttpApiDoc")) {
            Files.writeString(DOC, rewritten.toString());
        }
    }

    @Test
    void theReadmesCurlLine_isOneOfTheDocsExamples() throws Exception {
        String doc = Files.readString(DOC);
        List<String> readme = Files.readString(Path.of("..", "README.md")).lines().filter(l -> l.startsWith("curl "))
                .toList();
        assertThat(readme).isNotEmpty();
        readme.forEach(line -> assertThat(doc).contains(line.replace("curl -s ", "curl -s -i ")));
    }

    /** Runs one curl line; asserts the response matches what is shown and returns it shown the same way. */
    private String check(String curl, String shown) throws Exception {
        Curl command = Curl.parse(curl, AccessTokenTest.TOKEN);
        TestServer server = command.url.startsWith(BEHIND_PROXY) ? withToken : loopback;
        String path = command.url.substring(command.url.startsWith(BEHIND_PROXY) ? BEHIND_PROXY.length()
                : LOOPBACK.length());
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        command.headers.forEach(request::header);
        if (command.form != null) {
            request.header("Content-Type", command.form.contentType()).POST(command.form.publisher());
        }
        HttpResponse<byte[]> response = server.fresh().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());

        String[] parts = shown.split("\n\n", 2);
        List<String> head = parts[0].lines().toList();
        StringBuilder actual = new StringBuilder("HTTP/1.1 " + response.statusCode() + " "
                + HttpStatus.getMessage(response.statusCode()));
        assertThat(head.get(0)).as(curl).isEqualTo(actual.toString());
        for (String header : head.subList(1, head.size())) {
            String name = header.substring(0, header.indexOf(':'));
            String value = response.headers().firstValue(name).orElse("(missing)");
            assertThat(header).as(curl).isEqualTo(name + ": " + value);
            actual.append('\n').append(name).append(": ").append(value);
        }
        if (command.output != null) {
            assertThat(parts).as("no body is shown when curl writes it to a file").hasSize(1);
            if (response.headers().firstValue("Content-Type").orElse("").equals("application/pdf")) {
                assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
            return actual.toString();
        }
        // A CSV starts with a byte order mark for spreadsheets; curl prints it invisibly, the doc leaves it out.
        String body = new String(response.body(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        String shownBody = parts.length > 1 ? parts[1] : "";
        actual.append("\n\n");
        if (shownBody.startsWith("{")) {
            JsonNode expected = JSON.readTree(shownBody);
            JsonNode excerpt = excerpt(expected, JSON.readTree(body));
            if (!Boolean.getBoolean("cyberprocure.writeHttpApiDoc")) {
                assertThat(excerpt).as(curl + "\n" + body).isEqualTo(expected);
            }
            actual.append(JSON.writeValueAsString(excerpt));
        } else {
            List<String> lines = shownBody.lines().toList();
            List<String> bodyLines = body.lines().toList();
            int n = lines.indexOf("...");
            assertThat(n).as("a text body ends with a line '...'").isNotNegative();
            for (int i = 0; i < n; i++) {
                if (!Boolean.getBoolean("cyberprocure.writeHttpApiDoc")) {
                    assertThat(lines.get(i)).as(curl).isEqualTo(bodyLines.get(i));
                }
                actual.append(bodyLines.get(i)).append('\n');
            }
            actual.append("...");
        }
        return actual.toString();
    }

    /** The actual values at the paths the expected excerpt shows (arrays element by element). */
    private static JsonNode excerpt(JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = actual.get(field.getKey());
                out.set(field.getKey(), value == null ? JSON.getNodeFactory().textNode("(missing)")
                        : excerpt(field.getValue(), value));
            }
            return out;
        }
        if (expected.isArray() && actual.isArray() && expected.size() > 0 && expected.get(0).isObject()) {
            ArrayNode out = JSON.createArrayNode();
            for (int i = 0; i < expected.size(); i++) {
                out.add(i < actual.size() ? excerpt(expected.get(i), actual.get(i)) : JSON.nullNode());
            }
            if (actual.size() != expected.size()) {
                out.add("(" + actual.size() + " elements)");
            }
            return out;
        }
        return actual;
    }

    /** The options of curl the examples use: -s, -i, -D -, -o FILE, -H, -F (with @file, @- and ;filename=), <<<. */
    private record Curl(String url, Map<String, String> headers, TestServer.Multipart form, String output) {
        static Curl parse(String line, String token) throws Exception {
            List<String> words = words(line.replace("$TOKEN", token));
            String url = null;
            String output = null;
            Map<String, String> headers = new LinkedHashMap<>();
            List<String[]> fields = new ArrayList<>();
            String stdin = null;
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                switch (word) {
                    case "-s", "-i" -> { }
                    case "-D" -> assertThat(words.get(++i)).isEqualTo("-");
                    case "-o" -> output = words.get(++i);
                    case "-H" -> {
                        String header = words.get(++i);
                        headers.put(header.substring(0, header.indexOf(':')),
                                header.substring(header.indexOf(':') + 1).strip());
                    }
                    case "-F" -> fields.add(words.get(++i).split("=", 2));
                    case "<<<" -> stdin = words.get(++i) + "\n";
                    default -> {
                        assertThat(word).as("a curl option the test knows, or the URL").startsWith("http");
                        url = word;
                    }
                }
            }
            TestServer.Multipart form = fields.isEmpty() ? null : new TestServer.Multipart();
            for (String[] field : fields) {
                if (!field[1].startsWith("@")) {
                    form.field(field[0], field[1]);
                    continue;
                }
                String[] spec = field[1].substring(1).split(";filename=");
                byte[] content = spec[0].equals("-") ? stdin.getBytes(StandardCharsets.UTF_8)
                        : Files.readAllBytes(ROOT.resolve(spec[0]));
                String name = spec.length > 1 ? spec[1] : Path.of(spec[0]).getFileName().toString();
                form.file(field[0], name, content);
            }
            return new Curl(url, headers, form, output);
        }

        /** Shell words: quotes (single, double) removed, as a shell would. */
        private static List<String> words(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (char c : line.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    word = word == null ? new StringBuilder() : word;
                } else if (c == ' ') {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }
    }
}
