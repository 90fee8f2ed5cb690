package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jars as they are published (after {@code package}, by failsafe): each has its own stable
 * {@code Automatic-Module-Name} (ADR 0025), no two contain the same package (a split package stops an application on
 * the module path), and the library jars come with sources and javadoc jars that leave out the {@code internal}
 * packages.
 */
class PublishedJarsIT {
    /** Module directory, artifact id, module name: changing a name breaks every application that requires it. */
    private static final List<List<String>> JARS = List.of(
            List.of("core", "cyberprocure-core", "org.cyberprocure.core"),
            List.of("rules", "cyberprocure-rules", "org.cyberprocure.rules"),
            List.of("cli-sample", "cyberprocure-cli", "org.cyberprocure.cli"));
    private static final Set<String> LIBRARIES = Set.of("core", "rules");

    @Test
    void everyJar_namesItsModule_andTheModulesResolveTogetherWithoutSplitPackages() throws IOException {
        Path[] jars = new Path[JARS.size()];
        for (int i = 0; i < JARS.size(); i++) {
            List<String> jar = JARS.get(i);
            jars[i] = artifact(jar.get(0), jar.get(1), "");
            try (JarFile file = new JarFile(jars[i].toFile())) {
                assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                        .as("Automatic-Module-Name of %s", jars[i]).isEqualTo(jar.get(2));
            }
        }

        Set<ModuleReference> modules = ModuleFinder.of(jars).findAll();
        assertThat(modules).extracting(m -> m.descriptor().name())
                .containsExactlyInAnyOrderElementsOf(JARS.stream().map(j -> j.get(2)).toList());
        Map<String, String> owner = new HashMap<>();
        for (ModuleReference module : modules) {
            ModuleDescriptor descriptor = module.descriptor();
            assertThat(descriptor.packages()).as(descriptor.name()).isNotEmpty();
            for (String pkg : descriptor.packages()) {
                String before = owner.putIfAbsent(pkg, descriptor.name());
                assertThat(before).as("package %s is in both %s and %s", pkg, before, descriptor.name()).isNull();
            }
        }
        // What the JVM itself does for an application on the module path: it refuses split packages.
        Configuration resolved = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(jars), ModuleFinder.of(),
                JARS.stream().map(j -> j.get(2)).collect(Collectors.toSet()));
        assertThat(resolved.modules()).hasSize(JARS.size());
    }

    @Test
    void libraryJars_comeWithSourcesAndJavadoc_withoutTheInternalPackages() throws IOException {
        for (List<String> jar : JARS) {
            if (!LIBRARIES.contains(jar.get(0))) {
                continue;
            }
            try (JarFile sources = new JarFile(artifact(jar.get(0), jar.get(1), "-sources").toFile());
                 JarFile javadoc = new JarFile(artifact(jar.get(0), jar.get(1), "-javadoc").toFile())) {
                List<String> javaFiles = sources.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".java"))
                        .toList();
                assertThat(javaFiles).as("sources of %s", jar.get(1)).isNotEmpty();
                List<String> pages = javadoc.stream().map(ZipEntry::getName).toList();
                assertThat(pages).as("javadoc of %s", jar.get(1)).contains("index.html", "element-list");
                assertThat(pages).as("javadoc of %s", jar.get(1))
                        .noneMatch(name -> name.startsWith("org/cyberprocure/internal/"));
                assertThat(pages).as("javadoc of %s covers every public source type", jar.get(1))
                        .containsAll(javaFiles.stream().filter(n -> !n.startsWith("org/cyberprocure/internal/"))
                                .filter(n -> !n.endsWith("package-info.java"))
                                .filter(n -> isPublic(sources, n))
                                .map(n -> n.replace(".java", ".html")).toList());
            }
        }
    }

    private static boolean isPublic(JarFile sources, String name) {
        try (InputStream in = sources.getInputStream(sources.getEntry(name))) {
            String simple = name.substring(name.lastIndexOf('/') + 1, name.length() - ".java".length());
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .matches("(?s).*\\bpublic\\s+(?:(?:abstract|final|sealed|non-sealed|static)\\s+)*"
                            + "(?:class|interface|enum|record|@interface)\\s+" + simple + "\\b.*");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The artifact this build made, at the version Maven recorded for the module (stale jars may lie beside it). */
    private static Path artifact(String module, String artifactId, String classifier) throws IOException {
        Path target = Path.of("..", module, "target");
        Properties pom = new Properties();
        try (InputStream in = Files.newInputStream(target.resolve("maven-archiver/pom.properties"))) {
            pom.load(in);
        }
        Path jar = target.resolve(artifactId + "-" + pom.getProperty("version") + classifier + ".jar");
        assertThat(jar).as("run after package").exists();
        return jar;
    }
}
