package org.cyberprocure.model;

import java.util.Objects;

/**
 * The offered product or service.
 *
 * @param name    product or service name
 * @param version offered version, or empty when not given
 * @param kind    what kind of product it is
 */
public record Product(String name, String version, ProductKind kind) {
    /**
     * Checks the components; see the type description for their meaning.
     *
     * @param name    product or service name
     * @param version offered version, or empty when not given
     * @param kind    what kind of product it is
     */
    public Product {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("product name is blank");
        }
        version = version == null ? "" : version;
    }
}
