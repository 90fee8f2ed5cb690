package org.cyberprocure.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import org.cyberprocure.internal.SafeText;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Standard output or error as every command writes to it: the one place where what the CLI prints is made safe
 * for a terminal. Questionnaire ids, rationales quoting vendors, form notes, file names and error messages come
 * from untrusted files, so everything printed through this writer has its control characters, line breaks, bidi
 * controls and zero-width characters shown as visible escapes ({@link SafeText#escape}): a file cannot clear the
 * screen, move the cursor, or start a line of its own such as a fake {@code Decision: ACCEPT}.
 *
 * <p>Only the writer's own structure is passed through: the line ends of {@code println}, the text of a
 * {@code printf} format (its arguments are escaped) and {@link #carriageReturn} for the progress bar. Commands get
 * their writers from {@link #out} and {@link #err}; a test checks that no command prints another way.
 */
public final class TerminalWriter extends PrintWriter {

    TerminalWriter(Writer target) {
        super(target, true);
    }

    /** Standard output of a command. */
    public static TerminalWriter out(CommandSpec spec) {
        return of(spec.commandLine().getOut());
    }

    /** Standard error of a command. */
    public static TerminalWriter err(CommandSpec spec) {
        return of(spec.commandLine().getErr());
    }

    /** The writer itself when it is one already, else one over it. */
    static TerminalWriter of(PrintWriter writer) {
        return writer instanceof TerminalWriter terminal ? terminal : new TerminalWriter(writer);
    }

    /**
     * Standard output for a whole document the user asked for on standard output (a template, the catalog):
     * written as it is, because it is made from the built-in catalog only, never from an input file.
     */
    static PrintWriter document(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) {
        String safe = SafeText.escape(s.substring(off, off + len));
        super.write(safe, 0, safe.length());
    }

    @Override
    public PrintWriter format(String format, Object... args) {
        return format(Locale.getDefault(Locale.Category.FORMAT), format, args);
    }

    @Override
    public PrintWriter format(Locale locale, String format, Object... args) {
        // The format is the program's; the arguments are data. Numbers stay numbers for %d.
        Object[] safe = Arrays.stream(args)
                .map(a -> a == null || a instanceof Number || a instanceof Boolean ? a : SafeText.escape(a.toString()))
                .toArray();
        String text = String.format(locale, format, safe);
        synchronized (lock) {
            super.write(text, 0, text.length());
        }
        flush();
        return this;
    }

    /** Returns to the start of the line, for a progress bar redrawn in place. */
    void carriageReturn() {
        super.write("\r", 0, 1);
    }
}
