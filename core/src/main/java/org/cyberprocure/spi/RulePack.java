package org.cyberprocure.spi;

import java.net.URL;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

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

    /**
     * The pack's short name.
     *
     * @return e.g. {@code cyberprocure-eu-health}
     */
    String name();

    /**
     * The pack's version.
     *
     * @return the kjar's Maven version
     */
    String version();

    /**
     * The pack's executable model: the list of generated {@code org.drools.model.Model} classes that
     * {@code kie-maven-plugin} writes into the kjar as {@code META-INF/kie/<groupId>/<artifactId>/drools-model}.
     * The KieBase is built from exactly these classes, loaded with {@link #classLoader()}: nothing is looked up
     * by scanning the class path, and neither {@code kmodule.xml} nor {@code pom.properties} is read, so fat
     * jars, Spring Boot jars and application servers load the pack the same way (docs/adr/0018).
     *
     * @return the list's URL, usually {@code getClass().getResource("/META-INF/kie/.../drools-model")}
     */
    URL executableModel();

    /**
     * The DRL packages whose models make up this pack's KieBase, e.g. {@code org.cyberprocure.rules}; models of
     * other packages listed in {@link #executableModel()} are not loaded.
     *
     * @return the package names
     */
    Set<String> rulePackages();

    /**
     * The catalog index: a JSON document {@code {"catalogVersion": "...", "files": ["a.json", ...]}} whose files
     * (resolved relative to the index) hold {@code requirements}, {@code questions} and
     * {@code consistencyChecks} arrays. Splitting the catalog by source keeps each file reviewable.
     *
     * @return the index's URL
     */
    URL catalogIndex();

    /**
     * The class loader that sees the kjar's model classes.
     *
     * @return by default the pack class's own
     */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }

    /**
     * Every rule pack on the class path of the given loader.
     *
     * @param loader the class loader to search with {@link ServiceLoader}
     * @return the packs found, possibly none
     */
    static List<RulePack> discover(ClassLoader loader) {
        return ServiceLoader.load(RulePack.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }
}
