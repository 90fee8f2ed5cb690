package org.cyberprocure.model;

import java.util.Objects;

/**
 * The supplier answering the questionnaire.
 *
 * @param name    legal name as it should appear in the report
 * @param country ISO 3166-1 alpha-2 country of establishment, or empty when not given
 * @param contact security contact (e-mail or URL), or empty when not given
 */
public record Vendor(String name, String country, String contact) {
    /**
     * Checks the components; see the type description for their meaning.
     *
     * @param name    legal name as it should appear in the report
     * @param country ISO 3166-1 alpha-2 country of establishment, or empty when not given
     * @param contact security contact (e-mail or URL), or empty when not given
     */
    public Vendor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("vendor name is blank");
        }
        country = country == null ? "" : country;
        contact = contact == null ? "" : contact;
    }
}
