package org.cyberprocure.report.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart drawn as vectors into a form XObject: one row per bar with its label, the bar and its
 * value, over a light grid. The returned image carries alternative text, which must state the numbers, because
 * the drawing itself is one figure to assistive technology.
 */
final class BarChart {
    private static final float ROW = 15f;
    private static final float BAR = 9f;
    private static final float TOP = 4f;
    private static final float AXIS = 14f;
    private static final float FONT_SIZE = 7.5f;
    private static final float VALUE_AREA = 54f;

    /**
     * One bar.
     *
     * @param label     the row label
     * @param value     the bar's length in chart units, or {@code null} for a row without a bar (e.g. n/a)
     * @param valueText what to write after the bar
     * @param colour    the bar's colour
     */
    record Bar(String label, Double value, String valueText, Color colour) {
        Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(valueText, "valueText");
            Objects.requireNonNull(colour, "colour");
        }
    }

    private BarChart() {
    }

    /**
     * Draws the chart.
     *
     * @param max       the value at the right end of the scale (100 for percentages)
     * @param tickLabel how to write a grid value, e.g. {@code 50 %}
     */
    static Image draw(PdfDocument pdf, PdfFont font, List<Bar> bars, double max, float width,
                      java.util.function.DoubleFunction<String> tickLabel, String alternativeText) {
        float widestLabel = 0;
        for (Bar bar : bars) {
            widestLabel = Math.max(widestLabel, font.getWidth(bar.label(), FONT_SIZE));
        }
        float labelWidth = Math.min(width * 0.38f, widestLabel + 8f);
        float plotLeft = labelWidth;
        float plotWidth = width - labelWidth - VALUE_AREA;
        float height = TOP + bars.size() * ROW + AXIS;

        PdfFormXObject chart = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(chart, pdf);

        canvas.setLineWidth(0.4f).setStrokeColor(Palette.RULE);
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            float x = plotLeft + (float) (plotWidth * tick / 4);
            canvas.moveTo(x, AXIS - 2).lineTo(x, height - TOP / 2).stroke();
            text(canvas, font, tickLabel.apply(value), x - font.getWidth(tickLabel.apply(value), FONT_SIZE) / 2, 3,
                    Palette.MUTED);
        }

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float rowBottom = height - TOP - (i + 1) * ROW;
            float textY = rowBottom + (ROW - FONT_SIZE) / 2 + 1;
            text(canvas, font, fit(font, bar.label(), labelWidth - 8f), 0, textY, Palette.TEXT);
            float length = bar.value() == null ? 0 : (float) (plotWidth * Math.max(0, Math.min(bar.value(), max)) / max);
            if (length > 0) {
                canvas.setFillColor(bar.colour()).rectangle(plotLeft, rowBottom + (ROW - BAR) / 2, length, BAR).fill();
            }
            // A white ground keeps the value legible where it crosses a grid line.
            float valueWidth = font.getWidth(bar.valueText(), FONT_SIZE);
            canvas.setFillColor(Palette.WHITE)
                    .rectangle(plotLeft + length + 2, textY - 2, valueWidth + 2, FONT_SIZE + 2).fill();
            text(canvas, font, bar.valueText(), plotLeft + length + 3, textY, Palette.TEXT);
        }
        canvas.release();

        Image image = new Image(chart);
        image.getAccessibilityProperties().setAlternateDescription(alternativeText);
        return image;
    }

    private static void text(PdfCanvas canvas, PdfFont font, String text, float x, float y, Color colour) {
        canvas.beginText().setFontAndSize(font, FONT_SIZE).setFillColor(colour).moveText(x, y).showText(text)
                .endText();
    }

    /** Shortens a label with an ellipsis until it fits; the alternative text keeps it whole. */
    private static String fit(PdfFont font, String label, float width) {
        if (font.getWidth(label, FONT_SIZE) <= width) {
            return label;
        }
        String shorter = label;
        while (shorter.length() > 1 && font.getWidth(shorter + "…", FONT_SIZE) > width) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1)).stripTrailing();
        }
        return shorter + "…";
    }
}
