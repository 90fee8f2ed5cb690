package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.model.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jars, run as an integrator would (after {@code package}, by failsafe): a plain maven-shade fat jar of
 * a tiny application ({@link FatJarExample}) and the CLI jar both evaluate the samples, without the DRL compiler
 * chain on their class path (issue 17, docs/adr/0018).
 */
class FatJarIT {
    private static final Path TARGET = Path.of("target");
    private static final Path CLOUD = CliRun.EXAMPLES.resolve("cloud-vendor.json");
    private static final Path DEVICE = CliRun.EXAMPLES.resolve("medical-device.csv");
    /** Packages of the DRL compiler chain and of xstream: loading an executable model needs none of them. */
    private static final List<String> NOT_AT_RUNTIME = List.of("org/drools/drl/parser/", "org/drools/drl/ast/",
            "org/eclipse/jdt/", "com/github/javaparser/", "org/drools/mvel/", "org/drools/mvelcompiler/",
            "org/mvel2/", "org/antlr/", "com/thoughtworks/xstream/", "org/drools/model/codegen/");

    private static String expectedCloud;
    private static String expectedDevice;

    @BeforeAll
    static void evaluateInProcess() {
        ComplianceChecker checker = ComplianceChecker.load();
        expectedCloud = line(checker, CLOUD);
        expectedDevice = line(checker, DEVICE);
    }

    private static String line(ComplianceChecker checker, Path file) {
        Assessment assessment = checker.evaluate(checker.reader().read(file));
        return file + ": " + assessment.decision() + " " + assessment.overallScore();
    }

    @Test
    void plainShadedFatJar_ofAnApplication_evaluatesTheSamples() throws Exception {
        Path jar = TARGET.resolve("fat-jar-example.jar");
        // The layout that used to break Drools: the application's pom.properties comes before the rule pack's.
        List<String> pomProperties = entries(jar).stream().filter(name -> name.endsWith("/pom.properties")).toList();
        assertThat(pomProperties.get(0)).isEqualTo("META-INF/maven/org.cyberprocure/cyberprocure-cli/pom.properties");
        assertThat(pomProperties).contains("META-INF/maven/org.cyberprocure/cyberprocure-rules/pom.properties");
        assertNoCompilerChain(jar);

        Run run = java(Map.of(), "-jar", jar.toString(), CLOUD.toString(), DEVICE.toString());

        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains(expectedCloud).contains(expectedDevice).doesNotContain("drools-mvel");
    }

    @Test
    void cliJar_evaluatesTheSample_withTheRulePackInside(@TempDir Path out) throws Exception {
        Path jar = TARGET.resolve("cyberprocure.jar");
        assertThat(entries(jar)).contains("META-INF/kie/org.cyberprocure/cyberprocure-rules/drools-model");
        assertNoCompilerChain(jar);

        // In this JVM (no relaunch), so the jar alone is the class path.
        Run run = java(Map.of("CYBERPROCURE_FAST_START", "0"), "-jar", jar.toString(), "evaluate", CLOUD.toString(),
                "--out", out.toString(), "--force");

        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("ACCEPT_WITH_CONDITIONS");
        assertThat(out.resolve("cloud-vendor.pdf")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("cloud-vendor.assessment.json")))
                .contains("\"decision\" : \"" + expectedCloud.split(": ")[1].split(" ")[0] + "\"");
    }

    @Test
    void libraryJars_haveStableModuleNames_sourcesAndJavadocWithoutInternals() throws Exception {
        for (String module : List.of("core", "rules")) {
            Path target = Path.of("..", module, "target");
            String artifact = "cyberprocure-" + module;
            try (var files = Files.list(target)) {
                List<String> jars = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.startsWith(artifact + "-") && n.endsWith(".jar")).sorted().toList();
                assertThat(jars).anyMatch(n -> n.endsWith("-sources.jar")).anyMatch(n -> n.endsWith("-javadoc.jar"));
                Path main = target.resolve(jars.stream().filter(n -> !n.endsWith("-sources.jar")
                        && !n.endsWith("-javadoc.jar")).findFirst().orElseThrow());
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(main.toFile())) {
                    assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                            .isEqualTo("org.cyberprocure." + module);
                }
                Path javadoc = target.resolve(jars.stream().filter(n -> n.endsWith("-javadoc.jar")).findFirst()
                        .orElseThrow());
                assertThat(entries(javadoc)).anyMatch(n -> n.startsWith("org/cyberprocure/"))
                        .noneMatch(n -> n.startsWith("org/cyberprocure/internal/"));
            }
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(
                TARGET.resolve("cyberprocure-cli-" + version() + ".jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("org.cyberprocure.cli");
        }
    }

    private static String version() throws IOException {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(TARGET.resolve("cyberprocure.jar").toFile())) {
            return jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
    }

    private static void assertNoCompilerChain(Path jar) throws IOException {
        List<String> found = entries(jar).stream()
                .filter(name -> NOT_AT_RUNTIME.stream().anyMatch(name::startsWith)).limit(5).toList();
        assertThat(found).as("DRL compiler classes in " + jar).isEmpty();
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run java(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
