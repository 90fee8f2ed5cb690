/**
 * Readers for what vendors already publish: security disclosure forms such as the MDS2 (ANSI/NEMA HN 1-2019),
 * read as they come (XLSX workbook or its CSV export) and mapped onto the question bank by the rule pack's form
 * mappings ({@link org.cyberprocure.catalog.FormMapping}). Each reader returns a
 * {@link org.cyberprocure.model.Questionnaire} whose {@code forms()} keep the items as read, so reports can say
 * which answers came from the form and what it cannot evidence. Vendor files are untrusted: every problem is an
 * {@link org.cyberprocure.InputRejectedException} with a location.
 */
package org.cyberprocure.imports;
