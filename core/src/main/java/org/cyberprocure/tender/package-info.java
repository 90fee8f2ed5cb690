/**
 * The tender: several offers of one lot side by side. {@link org.cyberprocure.tender.TenderComparison#compare}
 * ranks the evaluated offers, lays out the requirement × offer matrix and tests how far the ranking depends on the
 * policy's weights; renderers write it as PDF (package {@code org.cyberprocure.report.pdf}), CSV and JSON.
 */
package org.cyberprocure.tender;
