package org.cyberprocure.report.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import java.util.Map;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Status;

/**
 * The report's colours. Colour never carries meaning alone: every coloured status or decision is also written in
 * words. Colours that carry white text have a contrast ratio of at least 4.5:1 against white.
 */
final class Palette {
    static final Color TEXT = new DeviceRgb(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new DeviceRgb(0x5A, 0x5A, 0x5A);
    static final Color RULE = new DeviceRgb(0xC8, 0xCE, 0xD6);
    static final Color HEADER_BACKGROUND = new DeviceRgb(0xE4, 0xE9, 0xF0);
    static final Color ROW_BACKGROUND = new DeviceRgb(0xF4, 0xF6, 0xF9);
    static final Color NOTE_BACKGROUND = new DeviceRgb(0xF7, 0xF7, 0xF2);
    static final Color ACCENT = new DeviceRgb(0x1F, 0x4E, 0x79);
    static final Color WHITE = new DeviceRgb(0xFF, 0xFF, 0xFF);

    private static final Color GREEN = new DeviceRgb(0x1B, 0x6E, 0x35);
    private static final Color AMBER = new DeviceRgb(0x8A, 0x52, 0x00);
    private static final Color RED = new DeviceRgb(0xA3, 0x1B, 0x1B);
    private static final Color GREY = new DeviceRgb(0x55, 0x55, 0x55);

    private static final Map<Decision, Color> DECISIONS = Map.of(
            Decision.ACCEPT, GREEN,
            Decision.ACCEPT_WITH_CONDITIONS, AMBER,
            Decision.REJECT, RED,
            Decision.INCOMPLETE, GREY);
    private static final Map<Status, Color> STATUSES = Map.of(
            Status.MET, GREEN,
            Status.PARTIALLY_MET, AMBER,
            Status.NOT_MET, RED,
            Status.NOT_ANSWERED, new DeviceRgb(0x6B, 0x3F, 0x8C),
            Status.NOT_APPLICABLE, GREY,
            Status.HOSPITAL_RESPONSIBILITY, new DeviceRgb(0x1F, 0x5F, 0x9E),
            Status.RISK_ACCEPTED, new DeviceRgb(0x00, 0x6D, 0x6F));

    private Palette() {
    }

    static Color of(Decision decision) {
        return DECISIONS.get(decision);
    }

    /** A status's colour; a status without one of its own is grey, so a new status still shows (with its label). */
    static Color of(Status status) {
        return STATUSES.getOrDefault(status, GREY);
    }
}
