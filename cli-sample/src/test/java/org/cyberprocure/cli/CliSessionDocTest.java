package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example sessions of docs/cli.md are run here and must match the doc: every block between
 * {@code <!-- session:NAME -->} and {@code <!-- /session -->} is this test's output. After a deliberate change,
 * rewrite them with {@code -Dcyberprocure.writeCliDoc=true}.
 *
 * <p>Paths are shown as a user in the repository root types them: {@code docs/examples/...} and plain names for
 * files the session writes (which live in a temporary folder here).
 */
class CliSessionDocTest {
    private static final Path DOC = Path.of("..", "docs", "cli.md");
    private static final Pattern BLOCK = Pattern.compile("(<!-- session:([a-z-]+) -->\\n)(.*?)(<!-- /session -->)",
            Pattern.DOTALL);
    private static final String JAR = "java -jar cyberprocure.jar";

    @TempDir
    Path dir;

    @Test
    void sessionsInTheDocs_areWhatTheCommandLinePrints() throws Exception {
        Map<String, String> sessions = sessions();
        String doc = Files.readString(DOC);
        Matcher m = BLOCK.matcher(doc);
        StringBuilder updated = new StringBuilder();
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            String name = m.group(2);
            assertThat(sessions).as("docs/cli.md names session " + name).containsKey(name);
            seen.add(name);
            m.appendReplacement(updated, Matcher.quoteReplacement(m.group(1) + sessions.get(name) + m.group(4)));
        }
        m.appendTail(updated);
        assertThat(seen).as("every session is shown in docs/cli.md").containsExactlyInAnyOrderElementsOf(
                sessions.keySet());
        if (Boolean.getBoolean("cyberprocure.writeCliDoc")) {
            Files.writeString(DOC, updated.toString());
            return;
        }
        assertThat(doc).as("docs/cli.md is out of date: run with -Dcyberprocure.writeCliDoc=true")
                .isEqualTo(updated.toString());
    }

    private Map<String, String> sessions() throws IOException {
        Map<String, String> sessions = new LinkedHashMap<>();
        sessions.put("catalog", block(step(head(12), "catalog", "--profile", "medical-device")));
        sessions.put("evaluate", block(step(all(), "evaluate", "docs/examples/cloud-vendor.json",
                "docs/examples/medical-device.json", "--out", "reports",
                "--format", "pdf,json,csv", "--contract-end", "2031-12-31")));
        sessions.put("overwrite", block(step(all(), "evaluate", "docs/examples/cloud-vendor.json", "--out",
                "reports", "--format", "json")));
        Files.writeString(dir.resolve("hospital-policy.json"), """
                {
                  "policyFormat": "cyberprocure-policy/1",
                  "name": "St. Elisabeth procurement policy",
                  "version": "2026-1",
                  "rejectBelowScore": 75,
                  "knockOuts": { "add": ["GDPR-32-1a"], "remove": [] }
                }
                """);
        sessions.put("policy", block("$ cat hospital-policy.json\n" + Files.readString(
                dir.resolve("hospital-policy.json")), step(all(), "evaluate", "docs/examples/cloud-vendor.json",
                "docs/examples/medical-device.json", "--out", "reports/policy", "--format", "json", "--policy",
                "hospital-policy.json")));
        sessions.put("template", block(step(all(), "template", "--profile", "medical-device", "-o",
                "infusafe.csv"), "$ head -n 18 infusafe.csv\n" + head(18).apply(
                        Files.readString(dir.resolve("infusafe.csv")).replace("\uFEFF", "").replace("\r\n", "\n"))));
        sessions.put("blank-check", block(step(all(), "check", "infusafe.csv")));
        // The vendor fills in the template; here the bundled example stands in for it, with three typos.
        String filled = Files.readString(CliRun.EXAMPLES.resolve("medical-device.csv"));
        Files.writeString(dir.resolve("infusafe.csv"), filled.replace("REMOTE-MFA,yes", "REMOTE-MFA,ja")
                .replace("LOG-SIEM,", "LOG-SEIM,").replace("MD-SBOM-FORMAT,CYCLONEDX", "MD-SBOM-FORMAT,CycloneDX 1.5"));
        sessions.put("check-problems", block(step(all(), "check", "infusafe.csv")));
        Files.writeString(dir.resolve("infusafe.csv"), filled);
        sessions.put("check-brief", block(step(all(), "check", "infusafe.csv", "--detail", "brief")));
        sessions.put("check-full", block(step(head(40), "check", "infusafe.csv", "--detail", "full")));
        sessions.put("check-sarif", block(step(head(40), "check", "infusafe.csv", "--format", "sarif")));
        sessions.put("check-policy", block(step(head(8), "check", "infusafe.csv", "--policy",
                "hospital-policy.json", "--fail-on", "reject")));
        sessions.put("convert", block(step(all(), "convert", "infusafe.csv", "--to", "json", "-o", "infusafe.json"),
                step(head(12), "check", "infusafe.json", "--detail", "brief")));
        Files.writeString(dir.resolve("bad.cdx.json"), Files.readString(CliRun.EXAMPLES.resolve("sbom")
                .resolve("sbom-infusafe-5.1.cdx.json")).replaceFirst("\"specVersion\": \"1\\.[456]\"",
                "\"specVersion\": \"1.1\""));
        sessions.put("sbom-refused", block(step(all(), "evaluate", "docs/examples/medical-device.json", "--sbom",
                "bad.cdx.json", "--out", "reports")));
        sessions.put("sbom-gaps", block(step(sbomLines(), "check", "docs/examples/medical-device.json", "--sbom",
                "docs/examples/sbom/sbom-infusafe-5.0-gaps.cdx.json")));
        return sessions;
    }

    /** One command: its display line (with the filter shown as a pipe), what it printed, and its exit code. */
    private String step(Filter filter, String... args) {
        String[] real = Arrays.stream(args).map(this::real).toArray(String[]::new);
        CliRun run = CliRun.run(real);
        String output = shown(run.out + run.err);
        return "$ " + JAR + " " + String.join(" ", args) + filter.pipe() + "\n" + filter.apply(output)
                + (filter.pipe().isEmpty() ? "$ echo $?\n" + run.exit + "\n" : "");
    }

    private static String block(String... steps) {
        return "```console\n" + String.join("", steps) + "```\n";
    }

    /** Paths as the user typed them, mapped to where this test's files are. */
    private String real(String arg) {
        if (arg.startsWith("docs/")) {
            return Path.of("..").resolve(arg).toString();
        }
        if (arg.endsWith(".csv") || arg.endsWith(".json") || arg.startsWith("reports")) {
            return dir.resolve(arg).toString();
        }
        return arg;
    }

    private String shown(String output) {
        return output.replace(dir + "/", "").replace(dir.toString(), ".").replace("../docs/", "docs/")
                .replace("\r\n", "\n");
    }

    /** How much of an output the doc shows. */
    private interface Filter extends UnaryOperator<String> {
        String pipe();
    }

    private static Filter all() {
        return new Filter() {
            public String apply(String s) {
                return s;
            }

            public String pipe() {
                return "";
            }
        };
    }

    private static Filter head(int lines) {
        return new Filter() {
            public String apply(String s) {
                return String.join("\n", s.lines().limit(lines).toList()) + "\n";
            }

            public String pipe() {
                return " | head -n " + lines;
            }
        };
    }

    private static Filter sbomLines() {
        return new Filter() {
            public String apply(String s) {
                List<String> lines = s.lines().toList();
                int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("SBOM:")).findFirst().orElseThrow());
                List<String> shown = new ArrayList<>();
                for (int i = start; i < lines.size() && !lines.get(i).isEmpty(); i++) {
                    shown.add(lines.get(i));
                }
                return String.join("\n", shown) + "\n";
            }

            public String pipe() {
                return " | sed -n '/^SBOM:/,/^$/p'";
            }
        };
    }
}
