package org.cyberprocure.cli;

import org.cyberprocure.model.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a profile by its file identifier ({@code cloud-migration}, {@code medical-device}). */
final class ProfileConverter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
        return Profile.byId(value).orElseThrow(() -> new TypeConversionException(
                "unknown profile '" + value + "'; use cloud-migration or medical-device"));
    }
}
