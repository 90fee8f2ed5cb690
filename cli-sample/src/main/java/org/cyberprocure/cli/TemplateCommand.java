package org.cyberprocure.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code template}: a blank questionnaire for vendors, with every question explained. */
@Command(name = "template", sortOptions = false,
        description = {"Write a blank questionnaire of a profile: every question with its text, the values it "
                + "accepts, whether it is mandatory and the evidence expected.",
                "CSV (default) opens in a spreadsheet and is read back as filled in; JSON holds a questionnaire "
                        + "skeleton and the question list."},
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
        Catalog catalog = CyberProcureCli.checker().catalog();
        TemplateWriter writer = new TemplateWriter(catalog, profile, LocalDate.now(),
                language.texts(catalog, TerminalWriter.err(spec)));
        return output.write(spec, format == Format.CSV ? writer::writeCsv : writer::writeJson);
    }
}
