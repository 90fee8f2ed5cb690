package org.cyberprocure.report;

import java.io.OutputStream;

/** Lays out a {@link ReportModel} in one output format. Implementations are stateless and thread-safe. */
public interface ReportRenderer {

    /** The format's name and usual file extension, e.g. {@code pdf}, {@code json}. */
    String format();

    /** Writes the report; does not close {@code out}. */
    void render(ReportModel model, OutputStream out);
}
