package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** docs/cli.md documents every command and every exit code the command line has. */
class CliDocsTest {
    private static final Path DOC = Path.of("..", "docs", "cli.md");

    @Test
    void everyExitCode_hasARowInTheDocs() throws Exception {
        String doc = Files.readString(DOC);
        for (String entry : CyberProcureCli.class.getAnnotation(Command.class).exitCodeList()) {
            String code = entry.substring(0, entry.indexOf(':'));
            assertThat(doc).contains("| " + code + " |");
        }
    }

    @Test
    void everyCommand_isDocumented() throws Exception {
        String doc = Files.readString(DOC);
        CyberProcureCli.commandLine().getSubcommands().keySet().stream().filter(name -> !name.equals("help"))
                .forEach(name -> assertThat(doc).contains("`" + name + " "));
    }
}
