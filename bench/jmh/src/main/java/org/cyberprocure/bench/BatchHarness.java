package org.cyberprocure.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.report.JsonReportRenderer;
import org.cyberprocure.report.ReportModel;

/**
 * The batch check: writes {@code count} questionnaires (real bank, 30 to all answers, JSON and every tenth CSV)
 * into {@code dir/in} unless they are there, then streams them one by one through read → evaluate → JSON
 * assessment into {@code dir/out}. Run it with {@code -Xmx256m}: nothing is kept per file, so the heap stays flat.
 * Prints files, seconds, files per second, and the peak heap in use.
 *
 * <p>{@code java -Xmx256m -cp <bench classpath> org.cyberprocure.bench.BatchHarness 10000 target/batch}
 */
public final class BatchHarness {
    private BatchHarness() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        long t0 = System.nanoTime();
        ComplianceChecker checker = Fixtures.real();
        generate(in, count);
        long t1 = System.nanoTime();
        JsonReportRenderer json = new JsonReportRenderer();
        int done = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(in)) {
            for (Path file : files) {
                Questionnaire q = checker.reader().read(file);
                Assessment a = checker.evaluate(q, Fixtures.CONTEXT);
                try (OutputStream o = Files.newOutputStream(out.resolve(file.getFileName() + ".assessment.json"))) {
                    json.render(ReportModel.of(a, checker.catalog()), o);
                }
                done++;
            }
        }
        long t2 = System.nanoTime();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double seconds = (t2 - t1) / 1e9;
        System.out.printf("batch: %d files evaluated in %.1f s = %.0f files/s; load+generate %.1f s; "
                        + "max heap %d MB, peak heap pools sum %d MB%n", done, seconds, done / seconds,
                (t1 - t0) / 1e9, Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                System.out.printf("  %s peak %d MB%n", pool.getName(), pool.getPeakUsage().getUsed() >> 20);
            }
        }
    }

    private static void generate(Path in, int count) throws IOException {
        try (var existing = Files.list(in)) {
            if (existing.count() >= count) {
                return;
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            Questionnaire q = Fixtures.realQuestionnaire(30 + random.nextInt(120), i);
            boolean csv = i % 10 == 0;
            Path file = in.resolve(String.format("q%05d.%s", i, csv ? "csv" : "json"));
            Files.write(file, csv ? Fixtures.csv(q) : Fixtures.json(q));
        }
    }
}
