package org.cyberprocure.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Assessment;

/**
 * The machine-readable assessment: every finding with status, rationale, deciding answers and citation, the
 * scores and the decision, and the catalog and rule pack versions. Field order is stable (record order).
 */
public final class JsonReportRenderer implements ReportRenderer {
    /** Identifies the document's format; bumped on incompatible changes. */
    public static final String FORMAT = "cyberprocure-assessment/1";

    @JsonPropertyOrder({"format", "disclaimer", "assessment"})
    record Document(String format, String disclaimer, Assessment assessment) {
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(ReportModel model, OutputStream out) {
        try {
            out.write(JsonMappers.TRUSTED.writeValueAsBytes(
                    new Document(FORMAT, model.disclaimer(), model.assessment())));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
