package org.cyberprocure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Small programs that tests start as real processes (locks and process deaths cannot be faked in one JVM). */
final class ProcessFixtures {
    private ProcessFixtures() {
    }

    /** {@code java -cp <the test class path> <main class> args...}. */
    static List<String> java(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Holds the lock of an output folder until its standard input closes; says "locked" once it has it. */
    static final class LockHolder {
        public static void main(String[] args) throws IOException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                InputStream in = System.in;
                while (in.read() >= 0) {
                    // until the test closes our input
                }
            }
        }
    }

    /** A launcher as FastStart runs it: starts {@link Worker} and passes its exit code on. */
    static final class Launcher {
        public static void main(String[] args) throws Exception {
            List<String> worker = new ArrayList<>(java(Worker.class, args));
            worker.add(1, "-D" + FastStart.PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
            System.exit(FastStart.run(worker));
        }
    }

    /** A worker as the relaunched CLI: ends with its launcher; says its pid, then writes a file every 20 ms. */
    static final class Worker {
        public static void main(String[] args) throws Exception {
            FastStart.exitWithParent();
            System.out.println(ProcessHandle.current().pid());
            System.out.flush();
            Path folder = Path.of(args[0]);
            for (int i = 0; ; i++) {
                Files.writeString(folder.resolve("tick-" + i), "");
                Thread.sleep(20);
            }
        }
    }
}
