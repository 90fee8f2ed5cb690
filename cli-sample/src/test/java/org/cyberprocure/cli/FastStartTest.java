package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartTest {
    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");

    @TempDir
    Path dir;

    private Optional<List<String>> command(Map<String, String> env, List<String> jvmArgs, String... args)
            throws IOException {
        Path jar = Files.createFile(dir.resolve("cyberprocure.jar"));
        return FastStart.command(args, env, jvmArgs, JAVA, Optional.of(jar));
    }

    @Test
    void shortEvaluate_runsInAJvmWithC1AndTheArchive_passingEverythingOn() throws IOException {
        Files.createFile(dir.resolve("cyberprocure.jsa"));
        List<String> command = command(Map.of(), List.of("-Xmx512m"), "evaluate", "vendor.json", "--out",
                dir.toString()).orElseThrow();
        assertThat(command).startsWith("/usr/bin/java", "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + dir.resolve("cyberprocure.jsa"));
        assertThat(command).contains("-D" + FastStart.RELAUNCHED_PROPERTY + "=true")
                .endsWith("-jar", dir.resolve("cyberprocure.jar").toString(), "evaluate", "vendor.json", "--out",
                        dir.toString());
    }

    @Test
    void withoutArchive_stillC1_butNoArchiveFlag() throws IOException {
        List<String> command = command(Map.of(), List.of(), "check", "vendor.json").orElseThrow();
        assertThat(command).contains("-XX:TieredStopAtLevel=1")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void optOut_folders_manyFiles_userFlags_otherCommands_andNoJar_runInThisJvm() throws IOException {
        assertThat(command(Map.of(FastStart.OPT_OUT_VARIABLE, "0"), List.of(), "evaluate", "v.json")).isEmpty();
        Files.delete(dir.resolve("cyberprocure.jar"));
        assertThat(command(Map.of(), List.of(), "evaluate", dir.toString())).as("a folder is a batch").isEmpty();
        Files.delete(dir.resolve("cyberprocure.jar"));
        String[] many = new String[FastStart.SHORT_RUN_FILES + 1];
        many[0] = "evaluate";
        for (int i = 1; i < many.length; i++) {
            many[i] = "v" + i + ".json";
        }
        assertThat(command(Map.of(), List.of(), many)).isEmpty();
        Files.delete(dir.resolve("cyberprocure.jar"));
        assertThat(command(Map.of(), List.of("-XX:TieredStopAtLevel=4"), "evaluate", "v.json")).isEmpty();
        Files.delete(dir.resolve("cyberprocure.jar"));
        assertThat(command(Map.of(), List.of("-XX:ArchiveClassesAtExit=a.jsa"), "evaluate", "v.json"))
                .as("the build's archive training run").isEmpty();
        Files.delete(dir.resolve("cyberprocure.jar"));
        assertThat(command(Map.of(), List.of(), "template", "--profile", "medical-device")).isEmpty();
        assertThat(FastStart.command(new String[] {"evaluate", "v.json"}, Map.of(), List.of(), JAVA,
                Optional.empty())).as("classes on a class path, as in tests").isEmpty();
    }
}
