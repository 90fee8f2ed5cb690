package org.cyberprocure.model;

import java.util.Objects;

/**
 * The legal or guidance source of a requirement.
 *
 * @param instrument short name of the instrument, e.g. {@code CRA}, {@code GDPR}, {@code ENISA-HPG}
 * @param title      official title, e.g. {@code Regulation (EU) 2024/2847}
 * @param reference  the article, annex or point, e.g. {@code Annex I Part I(2)(b)}
 */
public record Citation(String instrument, String title, String reference) {
    /**
     * Checks the components; see the type description for their meaning.
     *
     * @param instrument short name of the instrument, e.g. {@code CRA}, {@code GDPR}, {@code ENISA-HPG}
     * @param title      official title, e.g. {@code Regulation (EU) 2024/2847}
     * @param reference  the article, annex or point, e.g. {@code Annex I Part I(2)(b)}
     */
    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * e.g. {@code CRA, Annex I Part I(2)(b) — Regulation (EU) 2024/2847}.
     *
     * @return the instrument, the provision and the act's official name, as one line
     */
    public String describe() {
        return instrument + ", " + reference + " — " + title;
    }
}
