package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relaunch of ADR 0010 with real processes: no worker outlives its launcher (issue 15). */
class FastStartProcessTest {
    @TempDir
    Path dir;

    private ProcessHandle startWorker(Process launcher) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.strip().matches("[0-9]+")) {
            // JVM notices, if any
        }
        assertThat(line).as("the worker said its pid").isNotNull();
        ProcessHandle worker = ProcessHandle.of(Long.parseLong(line.strip())).orElseThrow();
        for (int i = 0; i < 600 && !Files.exists(dir.resolve("tick-1")); i++) {
            Thread.sleep(50); // until the worker is writing
        }
        assertThat(dir.resolve("tick-1")).exists();
        return worker;
    }

    @Test
    void sigtermToTheLauncher_isForwarded_andTheWorkerIsGoneWhenTheLauncherExits() throws Exception {
        Process launcher = new ProcessBuilder(ProcessFixtures.java(ProcessFixtures.Launcher.class, dir.toString()))
                .redirectErrorStream(true).start();
        ProcessHandle worker = startWorker(launcher);
        launcher.destroy(); // SIGTERM
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).as("ended by SIGTERM").isEqualTo(143);
        assertThat(worker.isAlive()).as("the launcher waited for its worker").isFalse();
    }

    @Test
    void sigkillToTheLauncher_endsTheWorkerToo_whichThenWritesNothingMore() throws Exception {
        Process launcher = new ProcessBuilder(ProcessFixtures.java(ProcessFixtures.Launcher.class, dir.toString()))
                .redirectErrorStream(true).start();
        ProcessHandle worker = startWorker(launcher);
        launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs in the launcher
        launcher.waitFor();
        worker.onExit().get(60, TimeUnit.SECONDS);
        assertThat(worker.isAlive()).isFalse();
        long files;
        try (var listing = Files.list(dir)) {
            files = listing.count();
        }
        Thread.sleep(100);
        try (var listing = Files.list(dir)) {
            assertThat(listing.count()).as("no file written after the worker ended").isEqualTo(files);
        }
    }
}
