package org.cyberprocure.imports;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.internal.SpreadsheetRows;
import org.cyberprocure.internal.SpreadsheetRows.Kind;
import org.cyberprocure.internal.SpreadsheetRows.Table;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Questionnaire;

/**
 * Reads a cloud provider's CAIQ v4 answer sheet (CSA Consensus Assessments Initiative Questionnaire) as its XLSX
 * workbook or CSV export and returns the cloud-migration questionnaire it stands for.
 *
 * <p>The sheet is found by its header row (columns "Question ID", "CSP CAIQ Answer", "SSRM Control Ownership",
 * optionally "CSP Implementation Description" and "CSC Responsibilities"); title rows, extra columns and other
 * worksheets are tolerated. Above the header row, label/value pairs such as "Cloud Service Provider", "Cloud
 * Service" and "Assessment Date" fill the questionnaire's header; {@link #withDefaults} supplies what the sheet
 * does not say (the provider's country, usually). Each answered question becomes a {@link
 * org.cyberprocure.model.FormItem} whose responsibility follows its SSRM ownership ({@link CaiqOwnership}): a
 * gap in a CSC-owned or shared control is the hospital's to close, not the provider's. The rule pack's mapping
 * ({@code forms/caiq-v4.json}) turns items into answers of the question bank.
 *
 * <pre>{@code
 * Questionnaire q = checker.caiqReader()
 *         .withDefaults(FormDefaults.none().with("vendor.country", "DE"))
 *         .read(Path.of("provider-caiq.xlsx"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Vendor files are untrusted: every problem is an {@link InputRejectedException}
 * that names the cell.
 */
public final class CaiqReader {
    /** The form's short name on items, answers' origins and in the rule pack's mapping. */
    public static final String FORM = "CAIQ";

    private final Catalog catalog;
    private final FormMapping mapping;
    private final ReaderLimits limits;
    private final FormDefaults defaults;

    /**
     * A reader for a rule pack's catalog.
     *
     * @throws ConfigurationException when the catalog has no CAIQ mapping
     */
    public CaiqReader(Catalog catalog) {
        this(catalog, catalog.formMapping(FORM).orElseThrow(() -> new ConfigurationException(
                "the rule pack's catalog " + catalog.version() + " has no " + FORM + " form mapping")),
                ReaderLimits.defaults(), FormDefaults.none());
    }

    private CaiqReader(Catalog catalog, FormMapping mapping, ReaderLimits limits, FormDefaults defaults) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    /** A reader like this one with other limits (file size, rows, cell length). */
    public CaiqReader withLimits(ReaderLimits newLimits) {
        return new CaiqReader(catalog, mapping, newLimits, defaults);
    }

    /** A reader like this one that fills header fields the sheet does not state from these defaults. */
    public CaiqReader withDefaults(FormDefaults newDefaults) {
        return new CaiqReader(catalog, mapping, limits, newDefaults);
    }

    /** The limits this reader enforces. */
    public ReaderLimits limits() {
        return limits;
    }

    /** The header values used where the sheet states none (vendor, product, dates). */
    public FormDefaults defaults() {
        return defaults;
    }

    /** Reads a {@code .xlsx} or {@code .csv} file (a zip container is read as XLSX whatever its name). */
    public Questionnaire read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(FormFile.read(file, limits));
    }

    /** Reads a form file parsed once (e.g. after {@link #recognises(FormFile)}). */
    public Questionnaire read(FormFile file) {
        Objects.requireNonNull(file, "file");
        List<Table> tables = file.tables();
        Table sheet = tables.stream().filter(CaiqSheet::hasHeader).findFirst().orElse(tables.get(0));
        CaiqSheet.Parsed parsed = CaiqSheet.parse(sheet, mapping);
        if (!parsed.problems().isEmpty()) {
            throw new InputRejectedException(parsed.problems());
        }
        FormFile.checkUnknown(FORM, parsed.unknown());
        List<Message> notes = new ArrayList<>(parsed.notes());
        String source = sheet.sheet().isEmpty() ? file.source()
                : ImportedForm.sheetSource(file.source(), sheet.sheet());
        ImportedForm form = ImportedForm.of(FORM, mapping.title(), source, parsed.items(),
                parsed.unknown(), notes);
        return FormQuestionnaire.build(catalog, mapping, form, headerValues(parsed.metadata()),
                ProductKind.CLOUD_SERVICE);
    }

    /**
     * Reads a stream up to the file-size limit (not closed).
     *
     * @param source the stream's name, as shown in locations; {@code .xlsx} or {@code .csv}
     */
    public Questionnaire read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        byte[] bytes = SpreadsheetRows.readBounded(in, source, limits);
        boolean xlsx = SpreadsheetRows.looksLikeZip(bytes) || Kind.of(source).filter(k -> k == Kind.XLSX).isPresent();
        return read(FormFile.parse(bytes, source, xlsx ? Kind.XLSX : Kind.CSV, limits));
    }

    /** Whether a file's content looks like a CAIQ answer sheet (a header row with the CAIQ columns). */
    public boolean recognises(Path file) {
        try {
            return recognises(FormFile.read(file, limits));
        } catch (InputRejectedException e) {
            return false;
        }
    }

    /** Whether a form file parsed once looks like a CAIQ answer sheet. */
    public boolean recognises(FormFile file) {
        return file.tables().stream().anyMatch(CaiqSheet::hasHeader);
    }

    /**
     * The header values: what the sheet states wins over the caller's defaults; without an id, one is made from
     * the service and the date so that reports of the same sheet are named alike.
     */
    private FormDefaults headerValues(Map<String, String> sheet) {
        FormDefaults merged = defaults;
        for (Map.Entry<String, String> e : sheet.entrySet()) {
            merged = merged.with(e.getKey(), e.getValue());
        }
        if (merged.get("questionnaire.id").isEmpty()) {
            String service = Optional.of(merged.get("product.name")).filter(s -> !s.isEmpty())
                    .orElse(merged.get("vendor.name"));
            String id = ("CAIQ " + service + " " + merged.get("questionnaire.submitted")).strip()
                    .replaceAll("[^A-Za-z0-9._-]+", "-");
            merged = merged.with("questionnaire.id", id);
        }
        return merged;
    }
}
