package org.cyberprocure.io;

import java.util.Arrays;
import java.util.Optional;

/** The questionnaire's header fields, with their names in each format. */
enum MetaField {
    ID("questionnaire.id", "/id", true, 200),
    PROFILE("questionnaire.profile", "/profile", true, 50),
    SUBMITTED("questionnaire.submitted", "/submitted", true, 10),
    VENDOR_NAME("vendor.name", "/vendor/name", true, 300),
    VENDOR_COUNTRY("vendor.country", "/vendor/country", false, Integer.MAX_VALUE), // bounded by its pattern
    VENDOR_CONTACT("vendor.contact", "/vendor/contact", false, 300),
    PRODUCT_NAME("product.name", "/product/name", true, 300),
    PRODUCT_VERSION("product.version", "/product/version", false, 100),
    PRODUCT_KIND("product.kind", "/product/kind", true, 50);

    final String csvKey;
    final String jsonPointer;
    final boolean required;
    /** As in the JSON schema. */
    final int maxLength;

    MetaField(String csvKey, String jsonPointer, boolean required, int maxLength) {
        this.csvKey = csvKey;
        this.jsonPointer = jsonPointer;
        this.required = required;
        this.maxLength = maxLength;
    }

    static Optional<MetaField> byCsvKey(String key) {
        return Arrays.stream(values()).filter(f -> f.csvKey.equals(key)).findFirst();
    }
}
