package org.cyberprocure.internal;

import org.cyberprocure.ConfigurationException;

/**
 * The library's optional dependencies, checked before first use: reading an XLSX workbook needs Apache POI,
 * rendering a PDF needs iText. Without them the integrator gets a {@link ConfigurationException} that names the
 * artifacts to add, not a {@link NoClassDefFoundError} from deep inside a reader or renderer (docs/embedding.md).
 */
public final class OptionalDependencies {
    private OptionalDependencies() {
    }

    /** @throws ConfigurationException when Apache POI is not on the class path */
    public static void requirePoi() {
        require("org.apache.poi.xssf.usermodel.XSSFWorkbook", "reading an XLSX workbook (MDS2, CAIQ)",
                "org.apache.poi:poi-ooxml (Apache-2.0; version managed by org.cyberprocure:cyberprocure-bom), and"
                        + " org.apache.logging.log4j:log4j-to-slf4j to route POI's logging to SLF4J");
    }

    /** @throws ConfigurationException when iText is not on the class path */
    public static void requireIText() {
        require("com.itextpdf.kernel.pdf.PdfDocument", "rendering a PDF report",
                "com.itextpdf:kernel, layout, pdfa and pdfua (AGPL-3.0 or commercial, see docs/licensing.md; versions"
                        + " managed by org.cyberprocure:cyberprocure-bom)");
        require("com.itextpdf.layout.Document", "rendering a PDF report", "com.itextpdf:layout");
        require("com.itextpdf.pdfa.PdfADocument", "rendering a PDF report", "com.itextpdf:pdfa");
        require("com.itextpdf.pdfua.checkers.PdfUA1Checker", "rendering a PDF report", "com.itextpdf:pdfua");
    }

    private static void require(String className, String purpose, String artifacts) {
        try {
            Class.forName(className, false, OptionalDependencies.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException(purpose + " needs " + artifacts + " on the class path; " + className
                    + " is missing", e);
        }
    }
}
