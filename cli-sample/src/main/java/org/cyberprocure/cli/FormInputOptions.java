package org.cyberprocure.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.imports.CaiqReader;
import org.cyberprocure.imports.FormDefaults;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;
import picocli.CommandLine.Option;

/**
 * How an input file is read: as a questionnaire (JSON, CSV) or as a vendor form (CAIQ v4 XLSX or CSV), found by
 * content unless {@code --input-format} says, with the header values a form may lack.
 */
final class FormInputOptions {

    /** What an input file is. */
    enum InputFormat {
        /** By extension and content: a workbook or a CSV with a CAIQ header row is a CAIQ, else a questionnaire. */
        AUTO,
        /** The questionnaire format (JSON or CSV, docs/formats.md). */
        QUESTIONNAIRE,
        /** A CAIQ v4 answer sheet (XLSX or CSV, docs/inputs.md). */
        CAIQ
    }

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "How to read the inputs: auto, questionnaire, caiq (default: ${DEFAULT-VALUE}).")
    InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = "--vendor-name", paramLabel = "NAME",
            description = "For vendor forms: the vendor's name when the form does not state it.")
    String vendorName;

    @Option(names = "--vendor-country", paramLabel = "CC",
            description = "For vendor forms: the vendor's country (ISO 3166-1 alpha-2, e.g. DE).")
    String vendorCountry;

    @Option(names = "--product-name", paramLabel = "NAME",
            description = "For vendor forms: the product or service name when the form does not state it.")
    String productName;

    @Option(names = "--submitted", paramLabel = "DATE",
            description = "For vendor forms: the submission date (YYYY-MM-DD) when the form does not state it.")
    String submitted;

    @Option(names = "--questionnaire-id", paramLabel = "ID",
            description = "For vendor forms: the questionnaire id (tender reference); default: made from the form.")
    String questionnaireId;

    /** The header values given on the command line. */
    FormDefaults defaults() {
        return FormDefaults.none().with("vendor.name", vendorName).with("vendor.country", vendorCountry)
                .with("product.name", productName).with("questionnaire.submitted", submitted)
                .with("questionnaire.id", questionnaireId);
    }

    /** Reads one input file in the chosen or detected format. */
    Questionnaire read(ComplianceChecker checker, Path file) {
        return switch (formatOf(checker, file)) {
            case CAIQ -> caiq(checker).read(file);
            case QUESTIONNAIRE, AUTO -> checker.reader().read(file);
        };
    }

    private InputFormat formatOf(ComplianceChecker checker, Path file) {
        if (inputFormat != InputFormat.AUTO) {
            return inputFormat;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx") || name.endsWith(".xlsm");
        if (!workbook && !name.endsWith(".csv")) {
            return InputFormat.QUESTIONNAIRE;
        }
        if (caiq(checker).recognises(file)) {
            return InputFormat.CAIQ;
        }
        if (workbook) {
            throw new InputRejectedException(InputRejectedException.Reason.UNSUPPORTED_FORMAT,
                    SourceLocation.of(file.getFileName().toString()), "a workbook without a CAIQ v4 header row"
                            + " (\"Question ID\", \"CSP CAIQ Answer\", \"SSRM Control Ownership\")");
        }
        return InputFormat.QUESTIONNAIRE;
    }

    private CaiqReader caiq(ComplianceChecker checker) {
        return checker.caiqReader().withDefaults(defaults());
    }

    /** Whether a file name is one this tool reads when a folder is given. */
    static boolean isInputName(String lowerCaseName) {
        return lowerCaseName.endsWith(".json") || lowerCaseName.endsWith(".csv") || lowerCaseName.endsWith(".xlsx");
    }
}
