package org.cyberprocure.i18n;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Objects;
import org.cyberprocure.ConfigurationException;

/**
 * One message bundle: its name (the file name without language and extension, e.g. {@code gdpr}) and the URL of
 * its English file; the file of language {@code xx} lies beside it as {@code name_xx.properties}.
 *
 * @param name    the bundle name, unique among the bundles of one {@link Translations}
 * @param english the English (default) file
 */
public record Bundle(String name, URL english) {
    /**
     * Checks the bundle name, which names its files.
     *
     * @param name    the bundle name, unique among the bundles of one {@link Translations}
     * @param english the English (default) file
     * @throws NullPointerException                   when {@code name} or {@code english} is {@code null}
     * @throws org.cyberprocure.ConfigurationException when the name is not lower-case letters, digits and hyphens
     */
    public Bundle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(english, "english");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new ConfigurationException("invalid message bundle name '" + name + "': lower-case letters, digits"
                    + " and '-' only");
        }
    }

    /**
     * {@return the file name of this bundle in a language, e.g. {@code gdpr_de.properties}}
     *
     * @param language an ISO 639 language code, e.g. {@code de}
     */
    public String fileName(String language) {
        return language.equals("en") ? name + ".properties" : name + "_" + language + ".properties";
    }

    /** Where the bundled file of a language would be, beside the English one. */
    URL in(String language) {
        try {
            return new URL(english, fileName(language));
        } catch (MalformedURLException e) {
            throw new ConfigurationException("cannot resolve message bundle " + fileName(language), e);
        }
    }
}
