package org.cyberprocure.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cyberprocure.io.ReaderLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worst workbooks inside the reader's limits, read in a forked JVM with {@code -Xmx256m}: each is read or
 * refused with a clear reason, none runs out of memory; a form of real size also reads with {@code -Xmx100m}.
 * The heap each case needs (the probe's figures) is printed and listed in docs/security.md.
 */
class WorkbookHeapTest {
    @TempDir
    Path dir;

    @Test
    void worstWorkbooksWithinTheLimits_needLessThan256MiBOfHeap() throws Exception {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("limit-10000x64", HostileWorkbooks.limitWorkbook());
        cases.put("million-empty-rows", HostileWorkbooks.millionEmptyRows());
        cases.put("stray-empty-cell-A1048576", HostileWorkbooks.strayCell(false));
        cases.put("stray-value-A1048576", HostileWorkbooks.strayCell(true));
        cases.put("shared-strings-640000", HostileWorkbooks.sharedStrings(639_999, 24));
        cases.put("shared-strings-16M-chars", HostileWorkbooks.sharedStrings(159, 100_000));
        cases.put("cells-at-length-limit", HostileWorkbooks.longCells(159, 100_000));
        cases.put("unknown-ids-5000", HostileWorkbooks.unknownIds(5_000));
        Map<String, String> lines = probe("256m", cases);

        assertThat(lines.get("limit-10000x64")).endsWith("read 1 answers");
        assertThat(lines.get("million-empty-rows")).endsWith("read 1 answers");
        assertThat(lines.get("stray-empty-cell-A1048576")).endsWith("read 1 answers");
        assertThat(lines.get("stray-value-A1048576")).contains("rejected TOO_LARGE")
                .contains("sheet 'MDS2', row 1048576, column A");
        assertThat(lines.get("shared-strings-640000")).endsWith("read 1 answers");
        assertThat(lines.get("shared-strings-16M-chars")).endsWith("read 1 answers");
        assertThat(lines.get("cells-at-length-limit")).endsWith("read 1 answers");
        assertThat(lines.get("unknown-ids-5000")).contains("rejected TOO_LARGE").contains("row 207")
                .contains("more than " + FormFile.MAX_UNKNOWN_IDS + " item ids");
        lines.forEach((name, line) -> assertThat(heapMiB(line)).as(name).isLessThan(256));
    }

    @Test
    void aFormOfRealSize_readsWithin100MiBOfHeap() throws Exception {
        Map<String, String> lines = probe("100m", Map.of("real-size-form", HostileWorkbooks.realSizeForm()));
        assertThat(lines.get("real-size-form")).endsWith("read 1 answers");
        assertThat(heapMiB(lines.get("real-size-form"))).isLessThan(100);
    }

    /** Writes the workbooks, runs the probe in a JVM with the given -Xmx, and returns its line per case. */
    private Map<String, String> probe(String maxHeap, Map<String, byte[]> cases) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-Xmn8m", "-cp", System.getProperty("java.class.path"),
                WorkbookHeapProbe.class.getName()));
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            assertThat((long) c.getValue().length).as(c.getKey()).isLessThan(ReaderLimits.DEFAULT_MAX_FILE_BYTES);
            command.add(c.getKey() + "=" + Files.write(dir.resolve(c.getKey() + ".xlsx"), c.getValue()));
        }
        Path output = dir.resolve("probe.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the probe ends").isTrue();
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        Map<String, String> lines = new LinkedHashMap<>();
        out.lines().filter(l -> l.startsWith("case ")).forEach(l -> {
            System.out.println("[heap -Xmx" + maxHeap + "] " + l);
            lines.put(l.substring(5, l.indexOf(" | ")), l);
        });
        assertThat(lines.keySet()).as(out).containsExactlyElementsOf(cases.keySet());
        return lines;
    }

    private static long heapMiB(String line) {
        String[] parts = line.split(" \\| ");
        return Long.parseLong(parts[1].strip());
    }
}
