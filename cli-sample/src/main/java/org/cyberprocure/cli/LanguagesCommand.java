package org.cyberprocure.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cyberprocure.i18n.Completeness;
import org.cyberprocure.i18n.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code languages}: which languages the reports can be written in, and how complete each is. */
@Command(name = "languages", sortOptions = false,
        description = {"List the report languages (bundled, and those --language-pack adds) with how many texts "
                + "each has; with --lang, the keys a language lacks (shown in English), the keys English does not "
                + "know, and faulty texts.", "A language pack is a folder of <bundle>_<lang>.properties files "
                + "(docs/i18n.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:internal error", "2:usage, an unknown language, or a faulty language pack"})
final class LanguagesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", description = "List the gaps of this language.")
    private String lang;

    @Option(names = "--language-pack", paramLabel = "DIR", description = "A language pack folder; may be repeated.")
    private List<Path> packs = List.of();

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = TerminalWriter.out(spec);
        Translations translations = CyberProcureCli.checker().catalog().translations();
        for (Path pack : packs) {
            translations = translations.withLanguagePack(pack);
        }
        if (lang == null) {
            for (String language : translations.languages()) {
                out.println(translations.completeness(Locale.forLanguageTag(language)).summary());
            }
        } else {
            Completeness c = translations.completeness(Locale.forLanguageTag(lang));
            out.println(c.summary());
            list(out, "Missing (shown in English)", c.missing());
            list(out, "Unknown to English (ignored)", c.unknown());
            list(out, "Placeholders differ from English", c.placeholderMismatch());
            list(out, "Faulty", c.invalid());
        }
        out.flush();
        return CyberProcureCli.EXIT_OK;
    }

    private static void list(PrintWriter out, String heading, List<String> keys) {
        if (!keys.isEmpty()) {
            out.println(heading + " (" + keys.size() + "):");
            keys.forEach(k -> out.println("  " + k));
        }
    }
}
