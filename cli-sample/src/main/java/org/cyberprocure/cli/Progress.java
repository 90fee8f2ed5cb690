package org.cyberprocure.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;

/**
 * Shows how far a batch has got: a progress bar redrawn in place on a terminal, plain lines otherwise (logs and
 * pipes must not receive carriage returns).
 */
abstract class Progress {
    protected final PrintWriter out;
    protected final PrintWriter err;
    /** The language outcomes are described in. */
    protected Texts texts = Translations.labelsOnly().texts(Locale.ENGLISH);

    private Progress(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** A bar when standard output is a terminal, else plain lines. */
    static Progress choose(boolean terminal, PrintWriter out, PrintWriter err) {
        return terminal ? new Bar(out, err) : new Lines(out, err);
    }

    /** {@link #choose(boolean, PrintWriter, PrintWriter)}, describing outcomes in the language of {@code texts}. */
    static Progress choose(boolean terminal, PrintWriter out, PrintWriter err, Texts texts) {
        Progress progress = choose(terminal, out, err);
        progress.texts = texts;
        return progress;
    }

    /** File {@code index} (1-based) of {@code total} is about to be evaluated. */
    abstract void starting(int index, int total, String file);

    /** File {@code index} of {@code total} is done. */
    abstract void done(int index, int total, FileOutcome outcome);

    /** The batch is over. */
    abstract void finish();

    /** Errors go to stderr, with their details indented. */
    protected void printProblem(String prefix, FileOutcome outcome) {
        err.println(prefix + outcome.file() + ": " + outcome.describe(texts));
        outcome.details().forEach(d -> err.println("  " + d));
        err.flush();
    }

    /** One line per file: {@code [2/5] vendor.json: REJECT, score 41.0 %} and the reports written. */
    static final class Lines extends Progress {
        Lines(PrintWriter out, PrintWriter err) {
            super(out, err);
        }

        @Override
        void starting(int index, int total, String file) {
            // Nothing until the file is done: one line per file keeps logs readable.
        }

        @Override
        void done(int index, int total, FileOutcome outcome) {
            String prefix = "[" + index + "/" + total + "] ";
            if (outcome.kind() == FileOutcome.Kind.EVALUATED || outcome.kind() == FileOutcome.Kind.SKIPPED) {
                out.println(prefix + outcome.file() + ": " + outcome.describe(texts));
                outcome.details().forEach(d -> out.println("  " + d));
                out.flush();
            } else {
                printProblem(prefix, outcome);
            }
        }

        @Override
        void finish() {
            out.flush();
        }
    }

    /** {@code [########------------]  8/20  vendor.json}, redrawn in place on stderr. */
    static final class Bar extends Progress {
        static final int WIDTH = 30;
        private int lastLength;

        Bar(PrintWriter out, PrintWriter err) {
            super(out, err);
        }

        @Override
        void starting(int index, int total, String file) {
            draw(index - 1, total, file);
        }

        @Override
        void done(int index, int total, FileOutcome outcome) {
            if (outcome.kind() != FileOutcome.Kind.EVALUATED && outcome.kind() != FileOutcome.Kind.SKIPPED) {
                clear();
                printProblem("", outcome);
            }
            draw(index, total, outcome.file().getFileName() == null ? "" : outcome.file().getFileName().toString());
        }

        @Override
        void finish() {
            clear();
        }

        static String bar(int done, int total, String file) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            String width = String.valueOf(total).length() + "";
            return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                    + String.format("%" + width + "d/%d", done, total) + "  " + file;
        }

        private void draw(int done, int total, String file) {
            String line = bar(done, total, file);
            // Pad over what the previous, possibly longer, line left behind.
            carriageReturn();
            err.print(line + " ".repeat(Math.max(0, lastLength - line.length())));
            err.flush();
            lastLength = line.length();
        }

        /** The only control character the CLI prints on purpose; file names in the bar are escaped. */
        private void carriageReturn() {
            if (err instanceof TerminalWriter terminal) {
                terminal.carriageReturn();
            } else {
                err.print('\r');
            }
        }

        private void clear() {
            if (lastLength > 0) {
                carriageReturn();
                err.print(" ".repeat(lastLength));
                carriageReturn();
                err.flush();
                lastLength = 0;
            }
        }
    }
}
