package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The evaluation profile: which question bank and requirement set a questionnaire answers. */
public enum Profile {
    /** A hosted service, or other software run for the hospital; medical device software as a service too. */
    CLOUD_MIGRATION("cloud-migration", EnumSet.of(ProductKind.CLOUD_SERVICE, ProductKind.SOFTWARE_PRODUCT)),
    /** A device (MDR/IVDR) or another product with digital elements installed in the hospital. */
    MEDICAL_DEVICE("medical-device", EnumSet.of(ProductKind.MEDICAL_DEVICE, ProductKind.SOFTWARE_PRODUCT));

    private final String id;
    private final Set<ProductKind> productKinds;

    Profile(String id, Set<ProductKind> productKinds) {
        this.id = id;
        this.productKinds = Collections.unmodifiableSet(EnumSet.copyOf(productKinds)); // enum order in messages
    }

    /** {@return the product kinds this profile's question bank is written for} */
    public Set<ProductKind> productKinds() {
        return productKinds;
    }

    /**
     * {@return whether a product of the given kind can be evaluated in this profile}
     *
     * @param kind the kind of product offered
     */
    public boolean accepts(ProductKind kind) {
        return productKinds.contains(kind);
    }

    /** {@return the identifier used in files, e.g. {@code cloud-migration}} */
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * Looks up a profile by its identifier, ignoring case; empty when unknown.
     *
     * @param id a profile id, e.g. {@code medical-device}, in any case
     * @return the profile, or empty when the id is unknown
     */
    public static Optional<Profile> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    @JsonCreator
    static Profile fromJson(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown profile: " + id));
    }

    @Override
    public String toString() {
        return id;
    }
}
