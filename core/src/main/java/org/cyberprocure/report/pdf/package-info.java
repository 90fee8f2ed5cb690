/**
 * The PDF renderer. It needs iText 9 ({@code com.itextpdf:kernel} and {@code layout}), an optional dependency
 * of the core: iText is AGPL or commercial (see docs/licensing.md).
 */
package org.cyberprocure.report.pdf;
