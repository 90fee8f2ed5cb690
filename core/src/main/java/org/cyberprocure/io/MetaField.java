package org.cyberprocure.io;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.cyberprocure.model.Questionnaire;

/** The questionnaire's header fields, with their names in each format. */
enum MetaField {
    ID("questionnaire.id", "/id", true, 200,
            Questionnaire::id),
    PROFILE("questionnaire.profile", "/profile", true, 50,
            q -> q.profile().id()),
    SUBMITTED("questionnaire.submitted", "/submitted", true, 10,
            q -> q.submitted().toString()),
    VENDOR_NAME("vendor.name", "/vendor/name", true, 300,
            q -> q.vendor().name()),
    VENDOR_COUNTRY("vendor.country", "/vendor/country", false, Integer.MAX_VALUE,
            q -> q.vendor().country()), // bounded by its pattern
    VENDOR_CONTACT("vendor.contact", "/vendor/contact", false, 300,
            q -> q.vendor().contact()),
    PRODUCT_NAME("product.name", "/product/name", true, 300,
            q -> q.product().name()),
    PRODUCT_VERSION("product.version", "/product/version", false, 100,
            q -> q.product().version()),
    PRODUCT_KIND("product.kind", "/product/kind", true, 50,
            q -> q.product().kind().name());

    final String csvKey;
    final String jsonPointer;
    final boolean required;
    /** As in the JSON schema. */
    final int maxLength;
    /** The field's value in a questionnaire, as written to a file (empty when absent). */
    final Function<Questionnaire, String> read;

    MetaField(String csvKey, String jsonPointer, boolean required, int maxLength,
              Function<Questionnaire, String> read) {
        this.csvKey = csvKey;
        this.jsonPointer = jsonPointer;
        this.required = required;
        this.maxLength = maxLength;
        this.read = read;
    }

    static Optional<MetaField> byCsvKey(String key) {
        return Arrays.stream(values()).filter(f -> f.csvKey.equals(key)).findFirst();
    }
}
