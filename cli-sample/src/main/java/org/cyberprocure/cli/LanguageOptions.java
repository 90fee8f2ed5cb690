package org.cyberprocure.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Completeness;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import picocli.CommandLine.Option;

/** The language of what a command writes for people, and language packs that add or correct one. */
final class LanguageOptions {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language: en, de, fr, it, or one a --language-pack adds (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--language-pack", paramLabel = "DIR",
            description = "Folder of <bundle>_<lang>.properties files that add a language or correct texts "
                    + "(docs/i18n.md); may be repeated, a later one wins.")
    List<Path> packs = List.of();

    /** The locale asked for. */
    Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    /**
     * The catalog's texts in the chosen language. A language that lacks texts is said on {@code err} with how many
     * are shown in English; a language without any text is a usage error (ConfigurationException).
     */
    Texts texts(Catalog catalog, PrintWriter err) {
        Translations translations = catalog.translations();
        for (Path pack : packs) {
            translations = translations.withLanguagePack(pack);
        }
        Texts texts = translations.texts(locale());
        Completeness completeness = translations.completeness(locale());
        if (!completeness.complete()) {
            err.println("warning: language " + completeness.summary() + "; missing texts are shown in English"
                    + " (list them with: cyberprocure languages --lang " + lang + ")");
            err.flush();
        }
        return texts;
    }
}
