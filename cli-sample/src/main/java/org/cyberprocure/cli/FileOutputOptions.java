package org.cyberprocure.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where a command that produces one document writes it: standard output, or a file written atomically. */
final class FileOutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    /**
     * Writes the document to standard output, or atomically to the file given (then names it on stderr).
     *
     * @return the exit code: 0, or 2 when the file exists and {@code --force} was not given
     */
    int write(CommandSpec spec, AtomicFiles.Content content) throws IOException {
        return write(spec, content, Translations.labelsOnly().texts(Locale.ENGLISH));
    }

    /** {@link #write(CommandSpec, AtomicFiles.Content)}, naming the file in the language of {@code texts}. */
    int write(CommandSpec spec, AtomicFiles.Content content, Texts texts) throws IOException {
        if (out == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            content.writeTo(buffer);
            TerminalWriter.document(spec).print(buffer.toString(StandardCharsets.UTF_8));
            TerminalWriter.document(spec).flush();
            return CyberProcureCli.EXIT_OK;
        }
        PrintWriter err = TerminalWriter.err(spec);
        try {
            AtomicFiles.write(out, force, content);
            err.println(texts.text("cli.wrote", out.toString()));
            return CyberProcureCli.EXIT_OK;
        } catch (FileAlreadyExistsException e) {
            err.println(texts.text("cli.notOverwritten", out.toString()));
            return CyberProcureCli.EXIT_INVALID_INPUT;
        } finally {
            err.flush();
        }
    }
}
