/**
 * The PDF renderers: a tagged PDF/A-3A + PDF/UA-1 gap report with the JSON assessment attached, and the offer
 * comparison of a lot ({@link org.cyberprocure.report.pdf.ComparisonPdfRenderer}) on the same foundations. They
 * need iText 9 ({@code com.itextpdf:kernel}, {@code layout}, {@code pdfa} and {@code pdfua}), an optional dependency of the
 * core: iText is AGPL or commercial (see docs/licensing.md). The sections are described in docs/report.md.
 */
package org.cyberprocure.report.pdf;
