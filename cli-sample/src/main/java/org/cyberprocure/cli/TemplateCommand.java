package org.cyberprocure.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.io.QuestionnaireTemplate;
import org.cyberprocure.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code template}: a blank questionnaire for vendors, every question explained; see QuestionnaireTemplate. */
@Command(name = "template", sortOptions = false,
        description = {"Write a blank questionnaire of a profile: every question with its text, the values it "
                + "accepts, whether it is mandatory and the evidence expected.",
                "The file is a questionnaire: filled in, it is checked and evaluated as it stands (CSV opens in a "
                        + "spreadsheet; JSON explains each question in 'about'). Replace every <placeholder>, "
                        + "including the submission date, which is left for you.",
                "--lang explains it in another language; question ids, keys and answer codes stay as they are, so "
                        + "a filled template in any language is read alike."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:internal error", "2:usage, or FILE exists without --force"})
final class TemplateCommand implements Callable<Integer> {
    enum Format { CSV, JSON }

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE", converter = ProfileConverter.class,
            description = "cloud-migration or medical-device.")
    private Profile profile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private FileOutputOptions output;

    @Mixin
    private LanguageOptions language;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() throws IOException {
        ComplianceChecker checker = CyberProcureCli.checker();
        Texts texts = language.texts(checker.catalog(), TerminalWriter.err(spec));
        QuestionnaireTemplate template = checker.template(profile, texts);
        return output.write(spec, format == Format.CSV ? template::writeCsv : template::writeJson, texts);
    }
}
