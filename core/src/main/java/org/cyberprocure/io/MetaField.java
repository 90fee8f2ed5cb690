package org.cyberprocure.io;

import java.util.Arrays;
import java.util.Optional;

/** The questionnaire's header fields, with their names in each format. */
enum MetaField {
    ID("questionnaire.id", "/id", true),
    PROFILE("questionnaire.profile", "/profile", true),
    SUBMITTED("questionnaire.submitted", "/submitted", true),
    VENDOR_NAME("vendor.name", "/vendor/name", true),
    VENDOR_COUNTRY("vendor.country", "/vendor/country", false),
    VENDOR_CONTACT("vendor.contact", "/vendor/contact", false),
    PRODUCT_NAME("product.name", "/product/name", true),
    PRODUCT_VERSION("product.version", "/product/version", false),
    PRODUCT_KIND("product.kind", "/product/kind", true);

    final String csvKey;
    final String jsonPointer;
    final boolean required;

    MetaField(String csvKey, String jsonPointer, boolean required) {
        this.csvKey = csvKey;
        this.jsonPointer = jsonPointer;
        this.required = required;
    }

    static Optional<MetaField> byCsvKey(String key) {
        return Arrays.stream(values()).filter(f -> f.csvKey.equals(key)).findFirst();
    }
}
