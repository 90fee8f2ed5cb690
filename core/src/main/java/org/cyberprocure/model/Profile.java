package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The evaluation profile: which question bank and requirement set a questionnaire answers. */
public enum Profile {
    CLOUD_MIGRATION("cloud-migration"),
    MEDICAL_DEVICE("medical-device");

    private final String id;

    Profile(String id) {
        this.id = id;
    }

    /** The identifier used in files, e.g. {@code cloud-migration}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Looks up a profile by its identifier, ignoring case; empty when unknown. */
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
