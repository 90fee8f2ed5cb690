package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;

/**
 * A vendor's own form (MDS2, CAIQ) that a questionnaire was built from, kept with the questionnaire so that the
 * assessment and the report can say which answers came from it and what it could not evidence.
 *
 * @param form     the form's short name, e.g. {@code MDS2}
 * @param title    the form's full title and edition, e.g. {@code MDS2 (ANSI/NEMA HN 1-2019)}
 * @param source   the file it was read from
 * @param items    every item read with a known id, in form order
 * @param unknown  items whose id the form does not define (reported, not mapped)
 * @param notes    what the reader noticed and corrected, e.g. {@code SHAD-15 read as SAHD-15 (row 112)}, in English
 * @param noteMessages the notes as messages, one per note, so a report writes them in its language (keys
 *                 {@code form.*} of the library's {@code inputs} bundle); a note given as text only is written as is
 */
public record ImportedForm(String form, String title, String source, List<FormItem> items, List<FormItem> unknown,
                           List<String> notes, @JsonIgnore List<Message> noteMessages) {
    /** Checks the components and makes the lists immutable; see the type description for their meaning. */
    public ImportedForm {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        items = List.copyOf(items);
        unknown = List.copyOf(unknown);
        notes = List.copyOf(notes);
        if (noteMessages == null || noteMessages.size() != notes.size()) {
            noteMessages = notes.stream().map(Texts::verbatim).toList();
        }
        noteMessages = List.copyOf(noteMessages);
    }

    /** A form whose notes are text only (not translatable). */
    public ImportedForm(String form, String title, String source, List<FormItem> items, List<FormItem> unknown,
                        List<String> notes) {
        this(form, title, source, items, unknown, notes, null);
    }

    /** The {@link #source()} of a form read from one worksheet of a workbook: {@code file, sheet 'name'}. */
    public static String sheetSource(String file, String sheet) {
        return SourceLocation.cell(file, sheet, 0, 0).describe();
    }

    /** The source as a message a report writes in its language (a worksheet as {@link #sheetSource} wrote it). */
    public Message sourceMessage() {
        java.util.regex.Matcher m = SHEET_SOURCE.matcher(source);
        return m.matches() ? SourceLocation.cell(m.group(1), m.group(2), 0, 0).message()
                : Message.of("location.file", source);
    }

    private static final java.util.regex.Pattern SHEET_SOURCE = java.util.regex.Pattern.compile(
            "(.*), sheet '(.*)'");

    /** A form with its notes as messages; the notes are stored in English, like every text of an assessment. */
    public static ImportedForm of(String form, String title, String source, List<FormItem> items,
                                  List<FormItem> unknown, List<Message> notes) {
        Texts english = Translations.labelsOnly().english();
        return new ImportedForm(form, title, source, items, unknown, notes.stream().map(english::format).toList(),
                notes);
    }
}
