/**
 * Reports: the renderer-neutral {@link org.cyberprocure.report.ReportModel}, its labels in English, German or
 * French ({@link org.cyberprocure.report.ReportLabels}), the {@link org.cyberprocure.report.ReportRenderer}
 * interface and the JSON renderer. The PDF renderer lives in {@code org.cyberprocure.report.pdf} and needs iText
 * on the class path.
 */
package org.cyberprocure.report;
