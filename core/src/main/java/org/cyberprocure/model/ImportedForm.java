package org.cyberprocure.model;

import java.util.List;
import java.util.Objects;

/**
 * A vendor's own form (MDS2, CAIQ) that a questionnaire was built from, kept with the questionnaire so that the
 * assessment and the report can say which answers came from it and what it could not evidence.
 *
 * @param form     the form's short name, e.g. {@code MDS2}
 * @param title    the form's full title and edition, e.g. {@code MDS2 (ANSI/NEMA HN 1-2019)}
 * @param source   the file it was read from
 * @param items    every item read with a known id, in form order
 * @param unknown  items whose id the form does not define (reported, not mapped)
 * @param notes    what the reader noticed and corrected, e.g. {@code SHAD-15 read as SAHD-15 (row 112)}
 */
public record ImportedForm(String form, String title, String source, List<FormItem> items, List<FormItem> unknown,
                           List<String> notes) {
    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param form    the form's short name, e.g. {@code MDS2}
     * @param title   the form's full title and edition, e.g. {@code MDS2 (ANSI/NEMA HN 1-2019)}
     * @param source  the file it was read from
     * @param items   every item read with a known id, in form order
     * @param unknown items whose id the form does not define (reported, not mapped)
     * @param notes   what the reader noticed and corrected, e.g. {@code SHAD-15 read as SAHD-15 (row 112)}
     */
    public ImportedForm {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        items = List.copyOf(items);
        unknown = List.copyOf(unknown);
        notes = List.copyOf(notes);
    }
}
