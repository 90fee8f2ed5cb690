package org.cyberprocure.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.imports.CaiqReader;
import org.cyberprocure.imports.FormDefaults;
import org.cyberprocure.imports.FormFile;
import org.cyberprocure.imports.Mds2Reader;
import org.cyberprocure.model.Questionnaire;
import picocli.CommandLine.Option;

/**
 * Which reader an input file goes to (our questionnaire format or a vendor form: MDS2, CAIQ v4), and the header
 * values a vendor form may lack. The commands get it as a picocli mixin; the HTTP API ({@code serve}) builds one
 * with {@link #of}, so both read uploads and files the same way.
 */
public final class InputOptions {

    /** Input formats; {@code auto} decides by extension and content. */
    public enum InputFormat {
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
    public enum Certification {
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

    /** Settings given other than on the command line (null: not given, as an absent option). */
    public static InputOptions of(InputFormat format, String vendorName, String vendorCountry, String productName,
                                  String productVersion, String questionnaireId, Certification certification,
                                  LocalDate submitted) {
        InputOptions options = new InputOptions();
        options.format = format == null ? InputFormat.AUTO : format;
        options.vendorName = vendorName;
        options.vendorCountry = vendorCountry;
        options.productName = productName;
        options.productVersion = productVersion;
        options.questionnaireId = questionnaireId;
        options.certification = certification;
        options.submitted = submitted;
        return options;
    }

    /** Reads a file with the reader its format calls for; bad input raises InputRejectedException. */
    public Questionnaire read(ComplianceChecker checker, Path file) {
        return switch (format) {
            case MDS2 -> checker.mds2Reader().withDefaults(mds2Defaults()).read(file);
            case CAIQ -> checker.caiqReader().withDefaults(defaults()).read(file);
            case QUESTIONNAIRE -> checker.reader().read(file);
            case AUTO -> readDetected(checker, file);
        };
    }

    /** What the file was, for the audit record: the form it was read from (e.g. "MDS2 form"), or "questionnaire". */
    public static String role(Questionnaire questionnaire) {
        return questionnaire.forms().isEmpty() ? "questionnaire" : questionnaire.forms().get(0).form() + " form";
    }

    /**
     * Auto-detection with one parse: a .json, and a .csv whose first line is the questionnaire header, go to the
     * questionnaire reader unparsed; any other .xlsx or .csv is parsed once as a form and read by the form reader
     * that recognises it (a CAIQ by its header row, an MDS2 by its item ids; an unrecognised .xlsx is read as an
     * MDS2, whose reader says what it misses; an unrecognised .csv as a questionnaire).
     */
    private Questionnaire readDetected(ComplianceChecker checker, Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (!xlsx && !(name.endsWith(".csv") && !FormFile.startsLikeQuestionnaireCsv(file))) {
            return checker.reader().read(file);
        }
        FormFile form;
        try {
            form = FormFile.read(file, checker.caiqReader().limits());
        } catch (InputRejectedException e) {
            if (xlsx) {
                throw e;
            }
            return checker.reader().read(file); // not a form: the questionnaire reader names what is wrong
        }
        CaiqReader caiq = checker.caiqReader().withDefaults(defaults());
        if (caiq.recognises(form)) {
            return caiq.read(form);
        }
        Mds2Reader mds2 = checker.mds2Reader().withDefaults(mds2Defaults());
        return xlsx || mds2.recognises(form) ? mds2.read(form) : checker.reader().read(file);
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
