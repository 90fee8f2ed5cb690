/**
 * The tender: several offers of one lot side by side. {@link org.cyberprocure.tender.TenderComparison#compare}
 * ranks the evaluated offers, lays out the requirement × offer matrix and tests how far the ranking depends on the
 * policy's weights; renderers write it as PDF (package {@code org.cyberprocure.report.pdf}), CSV and JSON.
 * {@link org.cyberprocure.tender.AssessmentDiff#between} compares a submission with its resubmission (what changed,
 * and whether the vendor, the rule pack, a waiver or the context changed it); {@link org.cyberprocure.tender.DiffReport}
 * writes it as text and JSON, {@code org.cyberprocure.report.pdf.DiffPdfRenderer} as PDF.
 */
package org.cyberprocure.tender;
