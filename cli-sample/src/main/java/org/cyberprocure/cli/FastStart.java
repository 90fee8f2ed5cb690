package org.cyberprocure.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a short command line job in a JVM set up for it. A jar cannot choose JVM flags, and the two that halve a
 * cold {@code evaluate} (the class-data sharing archive built next to the jar, and the C1 compiler only, which
 * spends far less CPU on a run of seconds) must be given when the JVM starts; so the launcher starts a second JVM
 * with them and passes its exit code on (docs/performance.md, ADR 0010). Long batches keep the full JIT: a folder
 * or many files run in this JVM. {@code CYBERPROCURE_FAST_START=0}, or any of the flags given by the user, turns
 * the relaunch off.
 */
final class FastStart {
    static final String RELAUNCHED_PROPERTY = "cyberprocure.relaunched";
    static final String OPT_OUT_VARIABLE = "CYBERPROCURE_FAST_START";
    /** The launcher's process id, given to the worker JVM so that it ends when the launcher is gone. */
    static final String PARENT_PROPERTY = "cyberprocure.parent";
    /** The exit code of a process ended by SIGTERM, which is what the worker's end amounts to. */
    private static final int TERMINATED = 143;
    /** JVM options that show the user (or the build's archive training run) chose JIT or CDS settings. */
    private static final List<String> USER_TUNING = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:SharedClassListFile",
            "-XX:DumpLoadedClassList", "-Xshare");
    /** More files than this are a batch, which the full JIT (C2) serves better. */
    static final int SHORT_RUN_FILES = 20;

    private FastStart() {
    }

    /**
     * The command that runs {@code args} in a tuned JVM, or empty when this JVM should run them itself.
     *
     * @param args    the command line arguments
     * @param env     the environment
     * @param jvmArgs this JVM's own options (they are passed on)
     * @param java    this JVM's launcher binary, if known
     * @param jar     the jar this class was loaded from, if any
     */
    static Optional<List<String>> command(String[] args, Map<String, String> env, List<String> jvmArgs,
                                          Optional<String> java, Optional<Path> jar) {
        if (!shortRun(args, env) || java.isEmpty() || jar.isEmpty()) {
            return Optional.empty();
        }
        boolean userTuned = jvmArgs.stream().anyMatch(a -> USER_TUNING.stream().anyMatch(a::startsWith));
        if (userTuned || namesFolder(args)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(jvmArgs);
        command.add("-XX:TieredStopAtLevel=1");
        Path archive = jar.get().resolveSibling("cyberprocure.jsa");
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            // An archive made by another JDK build is ignored; say nothing about it on stderr.
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        }
        command.add("-D" + RELAUNCHED_PROPERTY + "=true");
        command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** An {@code evaluate} or {@code check} of a few files, not opted out, in a JVM not relaunched already. */
    private static boolean shortRun(String[] args, Map<String, String> env) {
        return !"0".equals(env.get(OPT_OUT_VARIABLE)) && System.getProperty(RELAUNCHED_PROPERTY) == null
                && args.length > 0 && args.length <= SHORT_RUN_FILES
                && (args[0].equals("evaluate") || args[0].equals("check"));
    }

    /** True when an input is a folder (a batch); the output folder after {@code --out} is not an input. */
    private static boolean namesFolder(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--out")) {
                i++;
            } else if (!args[i].startsWith("-") && Files.isDirectory(Path.of(args[i]))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the arguments in a tuned JVM when that helps; returns its exit code, or empty to run them here. */
    static Optional<Integer> relaunch(String[] args) {
        if (!shortRun(args, System.getenv())) {
            return Optional.empty(); // decided without loading the management classes: --help stays instant
        }
        Optional<List<String>> command = command(args, System.getenv(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), ProcessHandle.current().info().command(),
                runningJar());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(command.get()));
        } catch (IOException e) {
            return Optional.empty(); // could not start a second JVM: run in this one, only slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(CyberProcureCli.EXIT_INTERNAL_ERROR);
        }
    }

    /**
     * Runs the worker JVM with this one's standard streams and returns its exit code. A SIGTERM (or Ctrl-C) to
     * this launcher is passed on to the worker, which is waited for, so that a caller that saw the launcher exit
     * never has a worker still writing reports; a SIGKILL, which no JVM can act on, the worker notices itself
     * ({@link #exitWithParent}).
     */
    static int run(List<String> command) throws IOException, InterruptedException {
        Process worker = new ProcessBuilder(command).inheritIO().start();
        Thread forward = new Thread(() -> {
            worker.destroy(); // SIGTERM: the worker's own shutdown runs
            try {
                worker.waitFor();
            } catch (InterruptedException e) {
                worker.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }, "cyberprocure-forward-termination");
        Runtime.getRuntime().addShutdownHook(forward);
        int exit = worker.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException e) {
            // this JVM is shutting down already; the hook finds the worker gone
        }
        return exit;
    }

    /**
     * In a worker JVM started by {@link #run}: ends this JVM at once when the launcher is gone (killed with
     * SIGKILL, or dead before this JVM got here), so that no report is written after the caller saw the exit.
     * Does nothing in a JVM that was not relaunched.
     */
    static void exitWithParent() {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent == null) {
            return;
        }
        Optional<ProcessHandle> launcher;
        try {
            launcher = ProcessHandle.of(Long.parseLong(parent));
        } catch (NumberFormatException e) {
            return;
        }
        if (launcher.isEmpty() || !launcher.get().isAlive()) {
            Runtime.getRuntime().halt(TERMINATED);
        }
        // halt, not exit: nothing of this run may be written once the launcher is gone (temporary files are
        // removed by the next run in that folder).
        launcher.get().onExit().thenRun(() -> Runtime.getRuntime().halt(TERMINATED));
    }

    private static Optional<Path> runningJar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path)
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
