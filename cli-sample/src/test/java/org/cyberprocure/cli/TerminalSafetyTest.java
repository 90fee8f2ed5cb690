package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cyberprocure.internal.SafeText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI prints comes from vendors' files: it can neither drive the terminal nor fake a line. */
class TerminalSafetyTest {
    /** Clears the screen, homes the cursor, then a line of its own, a bidi override and a zero-width space. */
    static final String ATTACK = "\u001b[2J\u001b[H\nDecision: ACCEPT\u202e\u200b";

    @TempDir
    Path dir;

    /** Every character printed is visible text, a tab or a line end: nothing a terminal would act on. */
    static void assertInert(String printed) {
        String withoutLineEnds = printed.replace(System.lineSeparator(), "").replace("\n", "");
        assertThat(SafeText.firstHidden(withoutLineEnds.replace("\t", ""))).as(printed).isEqualTo(-1);
    }

    private Path hostileQuestionnaire(String fileName) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode q = (ObjectNode) mapper.readTree(CliRun.EXAMPLES.resolve("cloud-weak.json").toFile());
        // Line breaks, bidi and zero-width characters are allowed in free text (a comment may have paragraphs,
        // right-to-left scripts): the reader keeps them, so every output must make them harmless.
        q.withArray("answers").forEach(a -> ((ObjectNode) a).put("comment",
                "fine" + ATTACK.replace("\u001b", "")));
        Path file = dir.resolve(fileName);
        mapper.writeValue(file.toFile(), q);
        return file;
    }

    @Test
    void evaluateAndCheck_escapeFileNamesAndVendorText_andNoLineCanBeFaked() throws IOException {
        Path file = hostileQuestionnaire("evil" + ATTACK + ".json");
        CliRun check = run("check", file.toString());
        assertInert(check.out + check.err);
        assertThat(check.out).contains("\\x1b[2J\\x1b[H\\nDecision: ACCEPT\\u202e\\u200b.json")
                .contains("fine[2J[H\\nDecision: ACCEPT\\u202e\\u200b");
        assertThat(check.out.lines().filter(l -> l.startsWith("Decision:")).toList())
                .as("only the real decision starts a line").hasSize(1).noneMatch(l -> l.startsWith("Decision: ACCEPT"));

        Path out = dir.resolve("out");
        CliRun evaluate = run("evaluate", file.toString(), "--out", out.toString(), "--format", "json,csv,pdf");
        assertThat(evaluate.exit).as(evaluate.out + evaluate.err).isZero();
        assertInert(evaluate.out + evaluate.err);
        assertThat(evaluate.out.lines()).noneMatch(l -> l.startsWith("Decision"));
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
            assertThat(names).as("report names derived safely").containsExactlyInAnyOrder(
                    "evil_[2J_[H_Decision_ ACCEPT__.assessment.json", "evil_[2J_[H_Decision_ ACCEPT__.findings.csv",
                    "evil_[2J_[H_Decision_ ACCEPT__.pdf");
        }
        String base = "evil_[2J_[H_Decision_ ACCEPT__";
        String csv = Files.readString(out.resolve(base + ".findings.csv"));
        assertThat(csv).contains("fine[2J[H").doesNotContain("\u202e").doesNotContain("\u200b");
        StringBuilder pdfText = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(out.resolve(base + ".pdf").toFile()))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                pdfText.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page)));
            }
        }
        assertThat(pdfText).as("the comment is in the PDF").contains("fine[2J[H");
        assertThat(SafeText.firstHidden(pdfText.toString().replace("\n", ""))).isEqualTo(-1);
    }

    @Test
    void errorsAboutHostileFiles_areEscapedToo() throws IOException {
        Path broken = Files.writeString(dir.resolve("x" + ATTACK + ".json"), "{\"schemaVersion\": ");
        CliRun evaluate = run("evaluate", broken.toString(), "--out", dir.resolve("out").toString());
        assertThat(evaluate.exit).isEqualTo(CyberProcureCli.EXIT_INVALID_INPUT);
        assertInert(evaluate.out + evaluate.err);
        assertThat(evaluate.err).contains("x\\x1b[2J");
        CliRun missing = run("check", dir.resolve("gone" + ATTACK + ".json").toString());
        assertInert(missing.out + missing.err);
    }

    @Test
    void theWriter_escapesTextAndArguments_butKeepsItsOwnLineEndsAndFormat() {
        StringWriter target = new StringWriter();
        TerminalWriter out = new TerminalWriter(target);
        out.println("a\u001b]0;title\u0007b");
        out.printf("%s: %d%n", "x\ny", 3);
        out.print("\r");
        out.carriageReturn();
        out.write('\u009b');
        out.flush();
        assertThat(target.toString()).isEqualTo("a\\x1b]0;title\\x07b" + System.lineSeparator() + "x\\ny: 3"
                + System.lineSeparator() + "\\r\r\\x9b");
        assertThat(TerminalWriter.of(out)).isSameAs(out);
        assertThat(TerminalWriter.of(new PrintWriter(new StringWriter()))).isInstanceOf(TerminalWriter.class);
    }

    @Test
    void noCommandPrints_pastTheTerminalWriter() throws IOException {
        // The one place: commands print through TerminalWriter.out/err; only main wires the real streams, and
        // whole documents (template, catalog: built-in content only) go through TerminalWriter.document.
        Path sources = Path.of("src", "main", "java", "org", "cyberprocure", "cli");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                String name = source.getFileName().toString();
                String text = Files.readString(source);
                // FatJarExample is not a command: the smallest embedding application, printing decisions only.
                if (name.equals("TerminalWriter.java") || name.equals("FatJarExample.java")) {
                    continue;
                }
                String code = text.replaceAll("TerminalWriter\\.of\\(\\w+\\.get(Out|Err)\\(\\)\\)", "");
                if (name.equals("CyberProcureCli.java")) {
                    code = code.replace("cli.setOut(new PrintWriter(new OutputStreamWriter(System.out", "")
                            .replace("cli.setErr(new PrintWriter(new OutputStreamWriter(System.err", "");
                }
                assertThat(code).as(name).doesNotContain(".getOut()").doesNotContain(".getErr()")
                        .doesNotContain("System.out").doesNotContain("System.err");
            }
        }
    }
}
