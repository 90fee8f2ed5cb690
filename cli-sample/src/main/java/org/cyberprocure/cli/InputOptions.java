package org.cyberprocure.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.imports.FormDefaults;
import org.cyberprocure.model.Questionnaire;
import picocli.CommandLine.Option;

/**
 * Which reader an input file goes to (our questionnaire format or a vendor form: MDS2, CAIQ v4), and the header
 * values a vendor form may lack.
 */
final class InputOptions {

    /** Input formats; {@code auto} decides by extension and content. */
    enum InputFormat {
        AUTO, QUESTIONNAIRE, MDS2, CAIQ
    }

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "How to read the input: auto (default: .json is a questionnaire; an .xlsx or .csv with "
                    + "a CAIQ v4 header row is a CAIQ; other .xlsx an MDS2; a .csv an MDS2 when its id column holds "
                    + "MDS2 item ids, else a questionnaire), questionnaire, mds2, caiq.")
    InputFormat format;

    @Option(names = "--vendor-name", paramLabel = "NAME",
            description = "For vendor forms: the vendor's name when the form does not give it.")
    String vendorName;

    @Option(names = "--vendor-country", paramLabel = "CC",
            description = "For vendor forms: the vendor's ISO 3166-1 country code (an MDS2 does not state it).")
    String vendorCountry;

    @Option(names = "--product-name", paramLabel = "NAME",
            description = "For vendor forms: the product's name when the form does not give it.")
    String productName;

    @Option(names = "--product-version", paramLabel = "VERSION",
            description = "For vendor forms: the offered version (an MDS2 has no item for it).")
    String productVersion;

    @Option(names = "--questionnaire-id", paramLabel = "ID",
            description = "For vendor forms: the submission's id when the form has no document id.")
    String questionnaireId;

    /** How a medical device described by an MDS2 is certified; the form does not say. */
    enum Certification {
        MDR, LEGACY
    }

    @Option(names = "--certification", paramLabel = "REGIME",
            description = "For an MDS2: how the device is placed on the EU market, mdr (certified under the MDR/IVDR)"
                    + " or legacy (a still-valid MDD/AIMDD certificate); answers MD-LEGACY-CERT, which the form does"
                    + " not state. Without it the reader notes the question and leaves it open.")
    Certification certification;

    @Option(names = "--submitted", paramLabel = "DATE",
            description = "For vendor forms: the submission date (YYYY-MM-DD) when the form has no release date.")
    LocalDate submitted;

    /** Reads a file with the reader its format calls for; bad input raises InputRejectedException. */
    Questionnaire read(ComplianceChecker checker, Path file) {
        return switch (resolve(checker, file)) {
            case MDS2 -> checker.mds2Reader().withDefaults(mds2Defaults()).read(file);
            case CAIQ -> checker.caiqReader().withDefaults(defaults()).read(file);
            case QUESTIONNAIRE, AUTO -> checker.reader().read(file);
        };
    }

    /** What the file is, for the audit record: questionnaire, MDS2 form or CAIQ form. */
    String role(ComplianceChecker checker, Path file) {
        return switch (resolve(checker, file)) {
            case MDS2 -> "MDS2 form";
            case CAIQ -> "CAIQ form";
            case QUESTIONNAIRE, AUTO -> "questionnaire";
        };
    }

    private InputFormat resolve(ComplianceChecker checker, Path file) {
        if (format != InputFormat.AUTO) {
            return format;
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        // A CAIQ is told by its header row (Question ID, CSP CAIQ Answer, SSRM Control Ownership).
        if ((name.endsWith(".xlsx") || name.endsWith(".csv")) && checker.caiqReader().recognises(file)) {
            return InputFormat.CAIQ;
        }
        if (name.endsWith(".xlsx")) {
            return InputFormat.MDS2;
        }
        if (name.endsWith(".csv") && checker.mds2Reader().recognises(file)) {
            return InputFormat.MDS2;
        }
        return InputFormat.QUESTIONNAIRE;
    }

    FormDefaults defaults() {
        return FormDefaults.none().with("vendor.name", vendorName).with("vendor.country", vendorCountry)
                .with("product.name", productName).with("product.version", productVersion)
                .with("questionnaire.id", questionnaireId)
                .with("questionnaire.submitted", submitted == null ? null : submitted.toString());
    }

    /** The header defaults, and for an MDS2 the certification regime the hospital states. */
    FormDefaults mds2Defaults() {
        return certification == null ? defaults()
                : defaults().withAnswer("MD-LEGACY-CERT", certification == Certification.LEGACY ? "yes" : "no");
    }

    /** Whether a file name is one the commands read (for folders given as input). */
    static boolean isInputName(String lowerCaseName) {
        return lowerCaseName.endsWith(".json") || lowerCaseName.endsWith(".csv") || lowerCaseName.endsWith(".xlsx");
    }
}
