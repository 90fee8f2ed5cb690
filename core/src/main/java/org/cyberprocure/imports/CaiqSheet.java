package org.cyberprocure.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.internal.SpreadsheetRows.Line;
import org.cyberprocure.internal.SpreadsheetRows.Table;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.SourceLocation;

/**
 * The CAIQ-specific reading of a sheet's rows: finds the header row by its text, reads the header area above it
 * for provider, service and date, and turns each question row into a {@link FormItem}. Knows nothing about
 * files: the rows come from a CSV or XLSX reader.
 */
final class CaiqSheet {
    /** Where the header row may be at the latest: a CAIQ has a title block of a few rows, never dozens. */
    static final int HEADER_SEARCH_ROWS = 50;
    /** How many ids a summarising note names before "and n more". */
    static final int NOTE_SAMPLE = 8;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaiqSheet.class);
    /** The shape of a CAIQ v4 question id: domain code, two-digit control number, question number. */
    static final Pattern QUESTION_ID = Pattern.compile(
            "(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|IVS|LOG|SEF|STA|TVM|UEM)-(\\d{1,2})\\.(\\d{1,2})");

    private CaiqSheet() {
    }

    /** 0-based positions of the columns the reader uses; -1 for an optional column the sheet does not have. */
    record Columns(int id, int answer, int ownership, int description, int customerPart) {
    }

    /**
     * What a sheet yields.
     *
     * @param metadata header fields found above the header row (names as in {@link FormMapping#META_FIELDS})
     * @param items    items with a known id, in sheet order
     * @param unknown  items with an id the mapping does not know
     * @param notes    what the reader noticed
     * @param problems what makes the sheet unusable (empty when it can be used)
     */
    record Parsed(Map<String, String> metadata, List<FormItem> items, List<FormItem> unknown, List<Message> notes,
                  List<Problem> problems) {
    }

    /** Whether a table has a CAIQ header row near its top. */
    static boolean hasHeader(Table table) {
        return header(table).isPresent();
    }

    private static Optional<Line> header(Table table) {
        return table.lines().stream().limit(HEADER_SEARCH_ROWS).filter(r -> columns(r).isPresent()).findFirst();
    }

    static Parsed parse(Table table, FormMapping mapping) {
        List<Problem> problems = new ArrayList<>();
        List<Line> rows = table.lines();
        Optional<Line> header = header(table);
        if (header.isEmpty()) {
            problems.add(Problem.of(Reason.INVALID_FIELD, table.sheet().isEmpty() ? SourceLocation.of(table.source())
                    : SourceLocation.cell(table.source(), table.sheet(), 0, 0),
                    "problem.caiq.noHeader", HEADER_SEARCH_ROWS));
            return new Parsed(Map.of(), List.of(), List.of(), List.of(), problems);
        }
        Columns columns = columns(header.get()).orElseThrow();
        int headerRow = header.get().number();
        Map<String, String> metadata = metadata(table, rows.stream().filter(r -> r.number() < headerRow).toList(),
                problems);

        List<FormItem> items = new ArrayList<>();
        List<FormItem> unknown = new ArrayList<>();
        List<Message> notes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int unanswered = 0;
        List<String> unowned = new ArrayList<>();
        List<String> naOwned = new ArrayList<>();
        for (Line row : rows) {
            if (row.number() <= headerRow || row.isBlank()) {
                continue;
            }
            String rawId = cell(row, columns.id());
            String rawAnswer = cell(row, columns.answer());
            SourceLocation idCell = table.location(row, columns.id());
            Optional<String> id = questionId(rawId);
            if (id.isEmpty() && rawAnswer.isEmpty()) {
                continue; // a domain title or a remark between questions
            }
            if (rawId.isEmpty()) {
                problems.add(Problem.of(Reason.INVALID_FIELD, idCell, "problem.caiq.noId"));
                continue;
            }
            if (rawAnswer.isEmpty()) {
                unanswered++;
                continue;
            }
            Optional<String> value = answer(rawAnswer);
            if (value.isEmpty()) {
                problems.add(Problem.of(Reason.INVALID_VALUE, table.location(row, columns.answer()),
                        "problem.caiq.answer", rawAnswer));
                continue;
            }
            String rawOwner = cell(row, columns.ownership());
            Optional<CaiqOwnership> owner = rawOwner.isEmpty() ? Optional.empty() : CaiqOwnership.parse(rawOwner);
            if (!rawOwner.isEmpty() && owner.isEmpty()) {
                problems.add(Problem.of(Reason.INVALID_VALUE, table.location(row, columns.ownership()),
                        "problem.caiq.ownership", rawOwner));
                continue;
            }
            String itemId = id.orElse(rawId);
            FormItem item = new FormItem(CaiqReader.FORM, itemId, value.get(), note(row, columns),
                    owner.map(CaiqOwnership::responsibility).orElse(null), idCell,
                    owner.map(CaiqOwnership::label).orElse(""));
            Integer earlier = seen.putIfAbsent(itemId, row.number());
            if (earlier != null) {
                problems.add(Problem.of(Reason.DUPLICATE_ANSWER, idCell, "problem.caiq.twice", itemId, earlier));
                continue;
            }
            if (id.isEmpty() || !mapping.items().contains(itemId)) {
                unknown.add(item); // listed with the form's unknown ids, not repeated as a note
            } else {
                if (!itemId.equals(rawId)) {
                    notes.add(Message.of("form.note.readAsRow", rawId, itemId, row.number()));
                }
                if (owner.isEmpty()) {
                    unowned.add(itemId);
                } else if (item.value().equals("n/a") && owner.get() != CaiqOwnership.NOT_APPLICABLE) {
                    naOwned.add(itemId + " (" + owner.get().label() + ")");
                }
                items.add(item);
            }
        }
        if (unanswered > 0) {
            LOG.debug("{}: {} CAIQ question(s) without an answer", table.source(), unanswered);
        }
        if (!unowned.isEmpty()) {
            notes.add(counted("form.note.unowned", unowned));
        }
        if (!naOwned.isEmpty()) {
            notes.add(counted("form.note.naOwned", naOwned));
        }
        if (problems.isEmpty() && items.isEmpty() && unknown.isEmpty()) {
            problems.add(Problem.of(Reason.INVALID_FIELD, table.location(header.get()), "problem.caiq.noAnswers"));
        }
        return new Parsed(metadata, items, unknown, notes, problems);
    }

    /** "1 thing" or "3 things". */
    /** A note on some items: key {@code .one} or {@code .other} by their number, with the first few of them. */
    private static Message counted(String key, List<String> ids) {
        int shown = Math.min(ids.size(), NOTE_SAMPLE);
        String first = String.join(", ", ids.subList(0, shown));
        return Message.of(key + (ids.size() == 1 ? ".one" : ".other"), ids.size(),
                ids.size() > shown ? Message.of("form.sample", first, ids.size() - shown) : first);
    }

    /** The columns of a header row, if it is one: it names the question id, answer and ownership columns. */
    static Optional<Columns> columns(Line row) {
        int id = -1;
        int answer = -1;
        int ownership = -1;
        int description = -1;
        int customerPart = -1;
        for (int c = 0; c < row.cells().size(); c++) {
            String text = label(cell(row, c));
            if (id < 0 && (text.equals("question id") || text.equals("id") || text.equals("caiq question id"))) {
                id = c;
            } else if (answer < 0 && text.contains("answer")) {
                answer = c;
            } else if (ownership < 0 && text.contains("ownership")) {
                ownership = c;
            } else if (description < 0 && text.contains("implementation")) {
                description = c;
            } else if (customerPart < 0 && (text.contains("csc responsibilit")
                    || text.contains("customer responsibilit"))) {
                customerPart = c;
            }
        }
        return id >= 0 && answer >= 0 && ownership >= 0
                ? Optional.of(new Columns(id, answer, ownership, description, customerPart)) : Optional.empty();
    }

    /** A CAIQ question id in canonical form (upper case, two-digit control number), if the text is one. */
    static Optional<String> questionId(String text) {
        Matcher m = QUESTION_ID.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "-" + (m.group(2).length() == 1 ? "0" : "") + m.group(2) + "."
                + Integer.parseInt(m.group(3)));
    }

    /** yes, no or n/a for the CAIQ's Yes / No / NA (and common spellings of them). */
    static Optional<String> answer(String text) {
        return Optional.ofNullable(switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y" -> "yes";
            case "no", "n" -> "no";
            case "na", "n/a", "n.a.", "not applicable" -> "n/a";
            default -> null;
        });
    }

    private static String cell(Line row, int column) {
        return row.cell(column).strip();
    }

    private static String note(Line row, Columns columns) {
        String description = cell(row, columns.description());
        String customerPart = cell(row, columns.customerPart());
        if (customerPart.isEmpty()) {
            return description;
        }
        return (description.isEmpty() ? "" : description + " ") + "Customer's part: " + customerPart;
    }

    /** The header area's label/value pairs that tell the questionnaire's metadata. */
    private static Map<String, String> metadata(Table table, List<Line> titleRows, List<Problem> problems) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Line row : titleRows) {
            List<Integer> filled = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                if (!cell(row, c).isEmpty()) {
                    filled.add(c);
                }
            }
            if (filled.isEmpty()) {
                continue;
            }
            String first = cell(row, filled.get(0));
            String label;
            String value;
            int valueColumn;
            int colon = first.indexOf(':');
            if (filled.size() >= 2) {
                label = first;
                valueColumn = filled.get(1);
                value = cell(row, valueColumn);
            } else if (colon > 0) {
                label = first.substring(0, colon);
                value = first.substring(colon + 1).strip();
                valueColumn = filled.get(0);
            } else {
                continue; // a title line
            }
            Optional<String> field = metaField(label(label));
            if (field.isEmpty() || value.isEmpty() || found.containsKey(field.get())) {
                continue;
            }
            if (field.get().equals("questionnaire.submitted")) {
                Optional<String> date = isoDate(value);
                if (date.isEmpty()) {
                    problems.add(Problem.of(Reason.INVALID_FIELD, table.location(row, valueColumn),
                            "problem.caiq.date", value));
                    continue;
                }
                value = date.get();
            }
            found.put(field.get(), value);
        }
        return found;
    }

    private static Optional<String> metaField(String label) {
        return Optional.ofNullable(switch (label) {
            case "cloud service provider", "csp", "csp name", "provider", "provider name", "cloud service provider name",
                    "company", "company name", "organization", "organisation", "vendor" -> "vendor.name";
            case "cloud service", "cloud service name", "service", "service name", "product", "product name",
                    "cloud service offering" -> "product.name";
            case "version", "service version", "product version" -> "product.version";
            case "date", "assessment date", "completion date", "date completed", "date of completion",
                    "submission date" -> "questionnaire.submitted";
            case "country", "csp country", "country of establishment" -> "vendor.country";
            case "contact", "security contact", "csp contact", "contact email" -> "vendor.contact";
            default -> null;
        });
    }

    /** A date in ISO form ({@code 2026-09-30}, also from {@code 30.09.2026} or {@code 30/09/2026}). */
    static Optional<String> isoDate(String text) {
        String t = text.strip();
        Matcher european = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})").matcher(t);
        try {
            if (european.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(european.group(3)),
                        Integer.parseInt(european.group(2)), Integer.parseInt(european.group(1))).toString());
            }
            // a spreadsheet date cell may come with a time of day
            String day = t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t;
            return Optional.of(LocalDate.parse(day).toString());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Header text compared case-insensitively, without punctuation, bracketed remarks or extra spaces. */
    private static String label(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ").replaceAll("[^a-z0-9/&]+", " ").strip();
    }
}
