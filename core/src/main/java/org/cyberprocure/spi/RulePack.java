package org.cyberprocure.spi;

import java.net.URL;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A rule pack: a precompiled kjar (Drools executable model) plus its requirement catalog, question bank and
 * consistency checks.
 * Packs are found with {@link ServiceLoader}; register an implementation in
 * {@code META-INF/services/org.cyberprocure.spi.RulePack}.
 *
 * <p>Rules in a pack decide requirements through the global {@code verdicts} ({@link Verdicts}); every rule
 * carries {@code @requirement("ID")}, {@code @check("ID")} or {@code @gate("ID")} metadata.
 */
public interface RulePack {

    /** Short name, e.g. {@code cyberprocure-eu-health}. */
    String name();

    /** The pack's version (the kjar's Maven version). */
    String version();

    /** The name of the KieBase in the pack's {@code kmodule.xml}. */
    String kieBaseName();

    /**
     * The catalog index: a JSON document {@code {"catalogVersion": "...", "files": ["a.json", ...]}} whose files
     * (resolved relative to the index) hold {@code requirements}, {@code questions} and
     * {@code consistencyChecks} arrays. Splitting the catalog by source keeps each file reviewable.
     */
    URL catalogIndex();

    /** The class loader that sees the kjar; by default the pack class's own. */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }

    /** Every rule pack on the class path of the given loader. */
    static List<RulePack> discover(ClassLoader loader) {
        return ServiceLoader.load(RulePack.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }
}
