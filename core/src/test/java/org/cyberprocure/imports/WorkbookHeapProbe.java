package org.cyberprocure.imports;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;

/**
 * Run in a forked JVM by {@link WorkbookHeapTest} (with {@code -Xmx256m}): reads each file given as
 * {@code name=path} the way the CLI's auto mode does (one parse, then the CAIQ or MDS2 reader) and prints one line
 * per file: its name, what happened, and the peak heap in use after a garbage collection while it was read (the
 * memory the case needs, not garbage that a collection would free). The test gives it a small young generation
 * ({@code -Xmn8m}), so collections come every few MiB of allocation and the peak is sampled finely.
 */
public final class WorkbookHeapProbe {
    private static final AtomicLong PEAK = new AtomicLong();

    private WorkbookHeapProbe() {
    }

    public static void main(String[] args) {
        watchCollections();
        Catalog catalog = bothForms();
        for (String arg : args) {
            String name = arg.substring(0, arg.indexOf('='));
            Path file = Path.of(arg.substring(name.length() + 1));
            System.gc();
            PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()); // the JVM's own baseline
            String outcome;
            try {
                Questionnaire read = read(catalog, file);
                System.gc(); // what the result itself holds counts too
                PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                outcome = "read " + read.answers().size() + " answers";
            } catch (InputRejectedException e) {
                outcome = "rejected " + e.reason() + ": " + e.problems().get(0).describe();
            } catch (Throwable e) {
                outcome = "error " + e;
            }
            System.out.println("case " + name + " | " + PEAK.get() / (1024 * 1024) + " | " + outcome);
            System.out.flush();
        }
    }

    /** The core test catalog with the MDS2 test mapping and a one-item CAIQ mapping. */
    static Catalog bothForms() {
        Catalog base = Mds2ReaderTest.CATALOG;
        FormMapping caiq = new FormMapping("CAIQ", "CAIQ v4", Profile.CLOUD_MIGRATION, List.of("CEK-03.1"), Map.of(),
                List.of(), List.of(), Map.of(), List.of(new FormMapping.QuestionMapping("ENC-REST",
                        List.of(new FormMapping.ItemPolarity("CEK-03.1", "yes")), null, "at rest")));
        return new Catalog(base.version(), base.requirements(), base.questions(), List.of(),
                List.of(Mds2ReaderTest.MAPPING, caiq));
    }

    /** As the CLI's auto mode: one parse, then the reader that recognises the form. */
    static Questionnaire read(Catalog catalog, Path file) {
        FormFile form = FormFile.read(file, ReaderLimits.defaults());
        CaiqReader caiq = new CaiqReader(catalog);
        return caiq.recognises(form) ? caiq.read(form) : new Mds2Reader(catalog).read(form);
    }

    /** Records the heap in use after every collection (young and full), the live set plus old garbage at worst. */
    private static void watchCollections() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                PEAK.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }
}
