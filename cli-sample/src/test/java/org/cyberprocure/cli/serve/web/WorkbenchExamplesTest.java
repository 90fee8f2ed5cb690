package org.cyberprocure.cli.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.cli.CyberProcureCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's one command for the workbench: its options exist, and it opens the demo lots it promises. */
class WorkbenchExamplesTest {
    static final String README_COMMAND = "mvn -B -q package -DskipTests && java -jar cli-sample/target/cyberprocure.jar"
            + " serve --examples docs/examples";

    @TempDir
    Path temp;

    @Test
    void theReadmeStartsTheWorkbenchOnTheExamples() throws IOException {
        assertThat(Files.readString(Path.of("..", "README.md"))).contains(README_COMMAND);
        assertThat(Files.readString(Path.of("..", "docs", "workbench.md"))).contains(README_COMMAND);
        var parsed = CyberProcureCli.commandLine().parseArgs("serve", "--examples", "docs/examples", "--lots", "lots");
        assertThat(parsed.subcommand().matchedOptionValue("--examples", (Path) null)).isEqualTo(Path.of("docs/examples"));

        Lots lots = new Lots(ComplianceChecker.load(), temp, null);
        Workbench.openExamples(lots, Path.of("..", "docs", "examples"));
        assertThat(lots.all()).hasSize(2);
        assertThat(lots.all().get(0).offers()).hasSize(4).allMatch(LotOffer::evaluated);
        assertThat(lots.all().get(1).offers()).hasSize(2).allMatch(LotOffer::evaluated);
        assertThatThrownBy(() -> Workbench.openExamples(lots, temp)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("lot-pacs");
    }
}
