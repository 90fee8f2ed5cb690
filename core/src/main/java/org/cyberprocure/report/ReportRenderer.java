package org.cyberprocure.report;

import java.io.OutputStream;

/** Lays out a {@link ReportModel} in one output format. Implementations are stateless and thread-safe. */
public interface ReportRenderer {

    /**
     * The format's name and usual file extension.
     *
     * @return e.g. {@code pdf}, {@code json}
     */
    String format();

    /**
     * Writes the report; does not close {@code out}.
     *
     * @param model the report model ({@link ReportModel#of})
     * @param out   where to write
     * @throws org.cyberprocure.ConfigurationException when the renderer's optional library (iText for PDF) is
     *                                                 missing
     */
    void render(ReportModel model, OutputStream out);
}
