package org.cyberprocure.imports;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.internal.SpreadsheetRows;
import org.cyberprocure.internal.SpreadsheetRows.Kind;
import org.cyberprocure.internal.SpreadsheetRows.Line;
import org.cyberprocure.internal.SpreadsheetRows.Table;
import org.cyberprocure.io.ReaderLimits;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Responsibility;
import org.cyberprocure.model.SourceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Manufacturer Disclosure Statement for Medical Device Security (MDS2, ANSI/NEMA HN 1-2019) as vendors
 * publish it, the Excel workbook or its CSV export, and maps it onto the medical-device question bank with the
 * rule pack's {@code MDS2} form mapping. Immutable and thread-safe.
 *
 * <pre>{@code
 * Questionnaire q = checker.mds2Reader()
 *         .withDefaults(FormDefaults.none().with("vendor.country", "DE"))
 *         .read(Path.of("pump-mds2.xlsx"));
 * Assessment a = checker.evaluate(q);
 * }</pre>
 *
 * <p>Layout: the worksheet whose id column holds MDS2 item ids (other sheets, title rows, blank rows, section
 * heading rows and extra columns are ignored). Columns are found by header text: the id ({@code Question ID},
 * {@code ID}), the answer ({@code Answer}, {@code Response}, {@code Yes/No/N/A}; when no header names it, the
 * column holding most yes/no/n/a answers) and the note ({@code Note}, {@code Comments}). Answers start with Yes,
 * No or N/A; any text after that word ({@code Yes, optional}) joins the note. Known misspelt ids ({@code SHAD-15})
 * are corrected and noted; ids the form does not define are kept in {@link ImportedForm#unknown()}, up to
 * {@link FormFile#MAX_UNKNOWN_IDS}. The DOC section fills the questionnaire header (manufacturer, model, document
 * id, release date); what it lacks can come from {@link FormDefaults}.
 *
 * <p>Vendor files are untrusted: every problem is an {@link InputRejectedException} with a location, all
 * problems of the item rows at once.
 */
public final class Mds2Reader {
    /** The form's short name, as in the rule pack's mapping and in {@link FormItem#form()}. */
    public static final String FORM = "MDS2";

    private static final Logger LOG = LoggerFactory.getLogger(Mds2Reader.class);

    private final Catalog catalog;
    private final FormMapping mapping;
    private final ReaderLimits limits;
    private final FormDefaults defaults;

    /**
     * A reader for the catalog's MDS2 mapping.
     *
     * @throws ConfigurationException when the rule pack has no MDS2 form mapping
     */
    public Mds2Reader(Catalog catalog) {
        this(catalog, ReaderLimits.defaults(), FormDefaults.none());
    }

    private Mds2Reader(Catalog catalog, ReaderLimits limits, FormDefaults defaults) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.mapping = catalog.formMapping(FORM).orElseThrow(() -> new ConfigurationException(
                "catalog " + catalog.version() + " has no form mapping for " + FORM));
        this.limits = Objects.requireNonNull(limits, "limits");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    /** A reader like this one with other limits (file size, rows, cell length, items). */
    public Mds2Reader withLimits(ReaderLimits newLimits) {
        return new Mds2Reader(catalog, newLimits, defaults);
    }

    /** A reader like this one that fills header fields the form lacks from these defaults. */
    public Mds2Reader withDefaults(FormDefaults newDefaults) {
        return new Mds2Reader(catalog, limits, newDefaults);
    }

    /** The limits this reader enforces. */
    public ReaderLimits limits() {
        return limits;
    }

    /** The header values used where the form states none (vendor, product, dates). */
    public FormDefaults defaults() {
        return defaults;
    }

    /** Reads a {@code .xlsx} workbook or a {@code .csv} export; the file size is checked before it is opened. */
    public Questionnaire read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = FormFile.sourceName(file);
        Kind kind = kindOf(source);
        return read(FormFile.parse(SpreadsheetRows.readFile(file, source, limits), source, kind, limits));
    }

    /** Reads a form file parsed once (e.g. after {@link #recognises(FormFile)}). */
    public Questionnaire read(FormFile file) {
        ImportedForm form = form(Objects.requireNonNull(file, "file"));
        // The notes travel with the questionnaire (ImportedForm.notes: report, `check`); a log line would repeat them.
        form.notes().forEach(note -> LOG.debug("{}: {}", file.source(), note));
        return FormQuestionnaire.build(catalog, mapping, form, defaults, ProductKind.MEDICAL_DEVICE);
    }

    /** Reads an XLSX workbook from a stream (up to the file-size limit; not closed). */
    public Questionnaire readXlsx(InputStream in, String source) {
        return read(FormFile.parse(SpreadsheetRows.readBounded(in, Objects.requireNonNull(source, "source"), limits),
                source, Kind.XLSX, limits));
    }

    /** Reads a CSV export from a stream (UTF-8; up to the file-size limit; not closed). */
    public Questionnaire readCsv(InputStream in, String source) {
        return read(FormFile.parse(SpreadsheetRows.readBounded(in, Objects.requireNonNull(source, "source"), limits),
                source, Kind.CSV, limits));
    }

    /**
     * Whether a file looks like an MDS2 (a header row with an id column, and MDS2 item ids in it), for tools that
     * accept several formats. Never throws for bad input: anything unreadable is simply not an MDS2.
     */
    public boolean recognises(Path file) {
        try {
            String source = FormFile.sourceName(file);
            Optional<Kind> kind = Kind.of(source);
            if (kind.isEmpty()) {
                return false;
            }
            return recognises(FormFile.parse(SpreadsheetRows.readFile(file, source, limits), source, kind.get(),
                    limits));
        } catch (InputRejectedException e) {
            return false;
        }
    }

    /** Whether a form file parsed once looks like an MDS2 (MDS2 item ids in a worksheet's id column). */
    public boolean recognises(FormFile file) {
        return bestTable(file.tables()).map(Found::known).orElse(0) > 0;
    }

    /** The items of the form as read, without mapping them: for tools that show the form itself. */
    public ImportedForm readForm(Path file) {
        String source = FormFile.sourceName(file);
        return form(FormFile.parse(SpreadsheetRows.readFile(file, source, limits), source, kindOf(source), limits));
    }

    /** A worksheet with its header and how many of its ids the form knows. */
    private record Found(Table table, FormColumns.Header header, int known) {
    }

    private Optional<Found> bestTable(List<Table> tables) {
        Found best = null;
        for (Table table : tables) {
            Optional<FormColumns.Header> header = FormColumns.find(table, c -> FormValues.parse(c).isPresent());
            if (header.isEmpty()) {
                continue;
            }
            int idColumn = header.get().id();
            int known = (int) table.lines().stream().map(l -> l.cell(idColumn).toUpperCase(Locale.ROOT))
                    .filter(id -> mapping.canonical(id).isPresent()).count();
            if (best == null || known > best.known()) {
                best = new Found(table, header.get(), known);
            }
        }
        return Optional.ofNullable(best);
    }

    private ImportedForm form(FormFile file) {
        List<Table> tables = file.tables();
        String source = file.source();
        SourceLocation whole = SourceLocation.of(source);
        Found found = bestTable(tables).orElseThrow(() -> InputRejectedException.of(Reason.INVALID_FIELD, whole,
                tables.size() > 1 ? "problem.mds2.noIdColumnSheets" : "problem.mds2.noIdColumn"));
        Table table = found.table();
        FormColumns.Header header = found.header();
        if (found.known() == 0) {
            throw InputRejectedException.of(Reason.INVALID_FIELD, table.location(header.header(), header.id()),
                    "problem.mds2.noIds");
        }
        if (header.answer() < 0) {
            throw InputRejectedException.of(Reason.INVALID_FIELD, table.location(header.header()),
                    "problem.mds2.noAnswerColumn");
        }
        return items(table, header, source);
    }

    private ImportedForm items(Table table, FormColumns.Header header, String source) {
        List<Problem> problems = new ArrayList<>();
        List<Message> notes = new ArrayList<>();
        Map<String, FormItem> items = new LinkedHashMap<>();
        Map<String, SourceLocation> seen = new LinkedHashMap<>();
        List<FormItem> unknown = new ArrayList<>();
        int start = table.lines().indexOf(header.header()) + 1;
        for (Line line : table.lines().subList(start, table.lines().size())) {
            String written = line.cell(header.id()).toUpperCase(Locale.ROOT);
            if (!FormColumns.ITEM_ID.matcher(written).matches()) {
                continue; // section headings, sub-headers, free text between items
            }
            if (items.size() + unknown.size() >= limits.maxAnswers()) {
                throw InputRejectedException.of(Reason.TOO_LARGE, table.location(line), "problem.form.tooManyItems",
                        limits.maxAnswers());
            }
            SourceLocation idAt = table.location(line, header.id());
            SourceLocation answerAt = table.location(line, header.answer());
            String answer = line.cell(header.answer());
            String noteCell = header.note() < 0 ? "" : line.cell(header.note());
            Optional<String> id = mapping.canonical(written);
            if (id.isEmpty()) {
                String value = FormValues.parse(answer).map(FormValues.Parsed::value).orElse(answer);
                // Listed as an unknown item (report, 'check'), not among the reader's corrections.
                unknown.add(new FormItem(FORM, written, value.isEmpty() ? FormItem.BLANK : value, noteCell,
                        Responsibility.VENDOR, idAt));
                FormFile.checkUnknown(FORM, unknown);
                continue;
            }
            if (!id.get().equals(written)) {
                notes.add(Message.of("form.note.readAs", written, id.get(), idAt.message()));
            }
            SourceLocation previous = seen.putIfAbsent(id.get(), idAt);
            if (previous != null) {
                problems.add(Problem.of(Reason.DUPLICATE_ANSWER, idAt, "problem.mds2.twice", id.get(),
                        InputRejectedException.where(previous)));
                continue;
            }
            if (answer.isEmpty()) {
                continue; // left blank: the item is unanswered
            }
            if (mapping.isText(id.get())) {
                items.put(id.get(), new FormItem(FORM, id.get(), answer, noteCell, Responsibility.VENDOR, answerAt));
                continue;
            }
            Optional<FormValues.Parsed> parsed = FormValues.parse(answer);
            if (parsed.isEmpty()) {
                problems.add(Problem.of(Reason.INVALID_VALUE, answerAt, "problem.mds2.answer", answer, id.get()));
                continue;
            }
            items.put(id.get(), new FormItem(FORM, id.get(), parsed.get().value(),
                    FormValues.note(parsed.get().rest(), noteCell), Responsibility.VENDOR, answerAt));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        FormFile.checkUnknown(FORM, unknown);
        return ImportedForm.of(FORM, mapping.title(), source, List.copyOf(items.values()), unknown, notes);
    }

    private static Kind kindOf(String source) {
        return Kind.of(source).orElseThrow(() -> InputRejectedException.of(Reason.UNSUPPORTED_FORMAT,
                SourceLocation.of(source), "problem.mds2.fileType"));
    }
}
