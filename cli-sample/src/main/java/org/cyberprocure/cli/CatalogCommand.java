package org.cyberprocure.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.cyberprocure.model.Profile;
import org.cyberprocure.report.oscal.OscalCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code catalog}: the requirements with their citations and legal force. */
@Command(name = "catalog", sortOptions = false,
        description = "List the requirements of the rule pack's catalog with their citations, legal force, "
                + "severity and knock-out flag.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:internal error", "2:usage, or FILE exists without --force"})
final class CatalogCommand implements Callable<Integer> {
    enum Format { TEXT, CSV, JSON, OSCAL }

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = ProfileConverter.class,
            description = "Only the requirements of cloud-migration or medical-device (default: all).")
    private Profile profile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, json or oscal (an OSCAL 1.1.3 catalog; default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private FileOutputOptions output;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() throws IOException {
        CatalogWriter writer = new CatalogWriter(CyberProcureCli.checker().catalog(), profile);
        return output.write(spec, switch (format) {
            case TEXT -> writer::writeText;
            case CSV -> writer::writeCsv;
            case JSON -> writer::writeJson;
            case OSCAL -> stream -> OscalCatalog.write(CyberProcureCli.checker().catalog(), profile, stream);
        });
    }
}
