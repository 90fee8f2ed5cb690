import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the synthetic benchmark rule pack: 800 questions and two rule sets, x1 (100 requirements, 300 rules,
 * about the size of the real pack) and x4 (400 requirements, 1,200 rules). Run by the build (exec-maven-plugin,
 * single-file source launch) before kie-maven-plugin compiles the DRL into the executable model, so nothing is
 * compiled at run time. Output: {@code <dir>/org/cyberprocure/bench/synthetic/...}.
 *
 * <p>Every requirement follows one regular shape so that {@code PlainJavaFloor} can decide it by hand:
 * four questions a (yes/no), b (yes/partial/no, evidence), c (number of days), d (date, unused by rules);
 * met: a yes, b yes with evidence, c at most 30; partial: a yes and not (b yes with evidence and c at most 30);
 * not met: a no. Anything else is not answered.
 */
public final class GenerateSyntheticPack {
    public static final int QUESTIONS = 800;

    static final String KMODULE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kmodule xmlns="http://www.drools.org/xsd/kmodule">
              <kbase name="synthetic-x1" packages="org.cyberprocure.bench.synthetic.x1">
                <ksession name="synthetic-x1-stateless" type="stateless"/>
              </kbase>
              <kbase name="synthetic-x4" packages="org.cyberprocure.bench.synthetic.x4">
                <ksession name="synthetic-x4-stateless" type="stateless"/>
              </kbase>
            </kmodule>
            """;

    public static void main(String[] args) throws IOException {
        // kie-maven-plugin reads one resource folder, so kmodule.xml is written here next to the DRL.
        Path metaInf = Files.createDirectories(Path.of(args[0], "META-INF"));
        Files.writeString(metaInf.resolve("kmodule.xml"), KMODULE);
        Path root = Path.of(args[0], "org", "cyberprocure", "bench", "synthetic");
        Files.createDirectories(root.resolve("catalog"));
        Files.writeString(root.resolve("catalog/questions.json"), questions());
        for (int factor : new int[] {1, 4}) {
            int requirements = 100 * factor;
            Path drlDir = root.resolve("x" + factor);
            Files.createDirectories(drlDir);
            Files.writeString(drlDir.resolve("rules.drl"), drl(factor, requirements));
            Files.writeString(root.resolve("catalog/requirements-x" + factor + ".json"), requirements(requirements));
            Files.writeString(root.resolve("catalog/index-x" + factor + ".json"),
                    "{\"catalogVersion\": \"synthetic-x" + factor + "\", \"files\": [\"questions.json\", "
                            + "\"requirements-x" + factor + ".json\"]}\n");
        }
    }

    /** Question ids of requirement i: x1 uses 0..399, the second half of x4 reuses the bank shifted by two. */
    public static String[] questionsOf(int requirement) {
        int base = (4 * requirement + (requirement >= 200 ? 2 : 0)) % QUESTIONS;
        String[] ids = new String[4];
        for (int k = 0; k < 4; k++) {
            ids[k] = questionId((base + k) % QUESTIONS);
        }
        return ids;
    }

    public static String questionId(int n) {
        return String.format("SQ%03d", n);
    }

    public static String requirementId(int i) {
        return String.format("SYN-%03d", i);
    }

    /** Question n's type, by its position in a block of four: a, b, c, d. */
    static String type(int n) {
        return switch (n % 4) {
            case 0 -> "YES_NO";
            case 1 -> "YES_NO_PARTIAL";
            case 2 -> "NUMBER";
            default -> "DATE";
        };
    }

    static String questions() {
        List<String> items = new ArrayList<>();
        for (int n = 0; n < QUESTIONS; n++) {
            items.add("{\"id\": \"" + questionId(n) + "\", \"text\": \"Synthetic question " + n
                    + "?\", \"type\": \"" + type(n) + "\", "
                    + (type(n).equals("NUMBER") ? "\"minimum\": 0, \"maximum\": 1000, " : "")
                    + "\"allowedValues\": [], \"naAllowed\": false, "
                    + "\"secureAnswer\": \"" + (n % 4 < 2 ? "yes" : "") + "\", \"mandatory\": false, "
                    + "\"evidenceExpected\": \"\", \"profiles\": [\"cloud-migration\"], \"section\": \"Section "
                    + (n / 40) + "\", \"help\": \"\"}");
        }
        return "{\"questions\": [\n" + String.join(",\n", items) + "\n]}\n";
    }

    static String requirements(int count) {
        String[] severities = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] q = questionsOf(i);
            items.add("{\"id\": \"" + requirementId(i) + "\", \"title\": \"Synthetic requirement " + i + "\", "
                    + "\"citation\": {\"instrument\": \"SYNTHETIC\", \"title\": \"Synthetic benchmark source\", "
                    + "\"reference\": \"Point " + i + "\"}, \"paraphrase\": \"A synthetic requirement for "
                    + "benchmarks; it has the shape of a typical rule of the real pack.\", \"domain\": \"Domain "
                    + (i % 12) + "\", \"profiles\": [\"cloud-migration\"], \"legalForce\": \"EXPECTED_PRACTICE\", "
                    + "\"severity\": \"" + severities[i % 4] + "\", \"knockOut\": false, \"questions\": [\""
                    + String.join("\", \"", q) + "\"], \"remediation\": \"Answer yes with evidence.\", "
                    + "\"contractClause\": \"The Supplier shall meet synthetic requirement " + i + ".\", "
                    + "\"crosswalk\": [], \"effectiveFrom\": null, \"phase\": \"\", \"assetTypes\": []}");
        }
        return "{\"requirements\": [\n" + String.join(",\n", items) + "\n]}\n";
    }

    static String drl(int factor, int count) {
        StringBuilder drl = new StringBuilder();
        drl.append("// Generated by GenerateSyntheticPack: do not edit.\n")
                .append("package org.cyberprocure.bench.synthetic.x").append(factor).append(";\n\n")
                .append("import org.cyberprocure.model.Answer;\n\n")
                .append("global org.cyberprocure.spi.Verdicts verdicts;\n\n");
        for (int i = 0; i < count; i++) {
            String id = requirementId(i);
            String[] q = questionsOf(i);
            drl.append("rule \"").append(id).append(" met\"\n    @requirement(\"").append(id).append("\")\nwhen\n")
                    .append("    $a : Answer(questionId == \"").append(q[0]).append("\", value == \"yes\")\n")
                    .append("    $b : Answer(questionId == \"").append(q[1]).append("\", value == \"yes\", hasEvidence())\n")
                    .append("    $c : Answer(questionId == \"").append(q[2]).append("\", numberAtMost(30))\n")
                    .append("then\n    verdicts.met(\"Evidenced, confirmed and fixed within \" + $c.value() + \" days.\", $a, $b, $c);\nend\n\n");
            drl.append("rule \"").append(id).append(" partial\"\n    @requirement(\"").append(id).append("\")\nwhen\n")
                    .append("    $a : Answer(questionId == \"").append(q[0]).append("\", value == \"yes\")\n")
                    .append("    not (Answer(questionId == \"").append(q[1]).append("\", value == \"yes\", hasEvidence()) and Answer(questionId == \"")
                    .append(q[2]).append("\", numberAtMost(30)))\n")
                    .append("then\n    verdicts.partiallyMet(\"Confirmed, but not fully.\", $a);\nend\n\n");
            drl.append("rule \"").append(id).append(" not met\"\n    @requirement(\"").append(id).append("\")\nwhen\n")
                    .append("    $a : Answer(questionId == \"").append(q[0]).append("\", value == \"no\")\n")
                    .append("then\n    verdicts.notMet(\"Not in place.\", $a);\nend\n\n");
        }
        return drl.toString();
    }
}
