package org.cyberprocure.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cyberprocure.ConfigurationException;

/**
 * The message bundles of the library and a rule pack, in every language they are available in, plus language
 * packs: bundle files an integrator or hospital supplies without rebuilding, as a folder
 * ({@link #withLanguagePack(Path)}) or on the class path under {@value #CLASS_PATH_PACKS}. A pack file is named
 * like the bundled one, {@code <bundle>_<language>.properties} (e.g. {@code gdpr_pl.properties}), and overrides
 * the bundled text of the same key.
 *
 * <p>English is the default: a key a language lacks is written in English and counted by {@link Texts} and
 * {@link #completeness(Locale)}. A language with no file at all is refused, never silently shown in English.
 * Instances are immutable and thread-safe; the texts of a language are read once.
 */
public final class Translations {
    /** The class-path folder where a language pack jar puts its files. */
    public static final String CLASS_PATH_PACKS = "cyberprocure-i18n/";
    /** The library's own bundle: report labels (headings, table and CSV headers, template and check words). */
    public static final String LABELS = "labels";
    /**
     * The library's bundle of the tools around the report: the questionnaire template, the vendor's self-check,
     * the resubmission diff and the offer comparison.
     */
    public static final String TENDER = "tender";
    /**
     * The library's texts about the inputs: notes of the vendor-form readers, SBOM problems, waiver outcomes, source
     * locations (docs/adr/0028).
     */
    public static final String INPUTS = "inputs";
    /**
     * The library's bundle of input problems (why a questionnaire or other input is refused, where) and of the
     * command line's own lines.
     */
    public static final String PROBLEMS = "problems";

    /** The official languages of the EU: the languages looked for among the bundled files. */
    private static final List<String> EU_LANGUAGES = List.of("en", "bg", "cs", "da", "de", "el", "es", "et", "fi",
            "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");
    private static final Pattern PACK_FILE = Pattern.compile("([a-z][a-z0-9-]*)_([a-z]{2,3})\\.properties");
    private static final List<Bundle> LIBRARY_BUNDLES = List.of(libraryBundle(LABELS), libraryBundle(TENDER),
            libraryBundle(INPUTS),
            libraryBundle(PROBLEMS));
    private static final Translations LABELS_ONLY = new Translations(LIBRARY_BUNDLES, List.of(),
            Translations.class.getClassLoader());

    private final List<Bundle> bundles;
    private final List<Path> packs;
    private final ClassLoader classLoader;
    private final ConcurrentMap<String, Texts> byLanguage = new ConcurrentHashMap<>();
    private volatile List<String> languages;

    private Translations(List<Bundle> bundles, List<Path> packs, ClassLoader classLoader) {
        this.bundles = List.copyOf(bundles);
        this.packs = List.copyOf(packs);
        this.classLoader = classLoader;
        Map<String, Bundle> names = new HashMap<>();
        for (Bundle b : this.bundles) {
            if (names.put(b.name(), b) != null) {
                throw new ConfigurationException("two message bundles are named '" + b.name() + "'");
            }
        }
    }

    private static Bundle libraryBundle(String name) {
        return new Bundle(name, Objects.requireNonNull(Translations.class.getResource(
                "/org/cyberprocure/report/" + name + ".properties"), "library bundle " + name));
    }

    /**
     * The library's own texts only (its bundles {@value #LABELS}, {@value #TENDER}, {@value #INPUTS} and
     * {@value #PROBLEMS}; no rule pack texts).
     */
    public static Translations labelsOnly() {
        return LABELS_ONLY;
    }

    /**
     * The library's own bundles and the given bundles (a rule pack's).
     *
     * @param bundles     the rule pack's bundles, e.g. from its catalog index
     * @param classLoader where class-path language packs are looked for
     */
    public static Translations of(List<Bundle> bundles, ClassLoader classLoader) {
        List<Bundle> all = new ArrayList<>();
        all.addAll(LIBRARY_BUNDLES);
        all.addAll(bundles);
        return new Translations(all, List.of(), Objects.requireNonNull(classLoader, "classLoader"));
    }

    /**
     * These bundles plus a language pack folder holding files {@code <bundle>_<language>.properties}. A later
     * pack overrides an earlier one, and both override the bundled texts.
     *
     * @throws ConfigurationException when the folder is missing, or holds a {@code .properties} file that is not
     *                                named after a bundle or cannot be read
     */
    public Translations withLanguagePack(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException("language pack " + folder + " is not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".properties")) {
                    continue;
                }
                Matcher m = PACK_FILE.matcher(fileName);
                if (!m.matches() || bundle(m.group(1)) == null) {
                    throw new ConfigurationException("language pack " + folder + ": file " + fileName
                            + " is not named <bundle>_<language>.properties after one of the bundles "
                            + bundles.stream().map(Bundle::name).toList());
                }
                read(file.toUri().toURL(), true);
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read language pack " + folder + ": " + e.getMessage(), e);
        }
        List<Path> all = new ArrayList<>(packs);
        all.add(folder);
        return new Translations(bundles, all, classLoader);
    }

    /** The bundles, the library's own first. */
    public List<Bundle> bundles() {
        return bundles;
    }

    /**
     * The languages with at least one file (English first, then by code): the bundled ones among the EU's official
     * languages and every language of a pack folder. A class-path pack of another language is found by
     * {@link #texts(Locale)} when asked for.
     */
    public List<String> languages() {
        List<String> known = languages;
        if (known == null) {
            TreeSet<String> found = new TreeSet<>();
            for (String language : EU_LANGUAGES) {
                if (bundles.stream().anyMatch(b -> exists(b.in(language)))) {
                    found.add(language);
                }
            }
            for (Path pack : packs) {
                try (Stream<Path> files = Files.list(pack)) {
                    files.map(f -> PACK_FILE.matcher(f.getFileName().toString())).filter(Matcher::matches)
                            .forEach(m -> found.add(m.group(2)));
                } catch (IOException e) {
                    throw new ConfigurationException("cannot read language pack " + pack + ": " + e.getMessage(), e);
                }
            }
            found.remove("en");
            List<String> list = new ArrayList<>();
            list.add("en");
            list.addAll(found);
            known = languages = List.copyOf(list);
        }
        return known;
    }

    /**
     * The texts in a locale's language.
     *
     * @throws ConfigurationException when no bundle or pack has a file in that language: the caller must name a
     *                                language that exists or add a pack, rather than get English unawares
     */
    public Texts texts(Locale locale) {
        String language = languageOf(locale);
        return byLanguage.computeIfAbsent(language, this::load);
    }

    /** The English texts (the default bundle). */
    public Texts english() {
        return texts(Locale.ENGLISH);
    }

    /** Whether a language has at least one file, bundled or in a pack. */
    public boolean supports(Locale locale) {
        String language = languageOf(locale);
        return languages().contains(language) || !classPathPackFiles(language).isEmpty();
    }

    /** What a language lacks against English, what it has that English does not, and which texts are faulty. */
    public Completeness completeness(Locale locale) {
        Texts texts = texts(locale);
        return Completeness.of(texts.locale(), english().patterns(), texts.patterns());
    }

    private Texts load(String language) {
        Map<String, String> english = new LinkedHashMap<>();
        for (Bundle b : bundles) {
            Map<String, String> file = read(b.english(), false);
            for (Map.Entry<String, String> e : file.entrySet()) {
                if (english.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    throw new ConfigurationException("message key '" + e.getKey() + "' is defined in two bundles ("
                            + b.name() + " and another)");
                }
            }
        }
        if (language.equals("en")) {
            Map<String, String> overlay = overlay("en");
            english.putAll(overlay);
            return new Texts(Locale.ENGLISH, english, english, !overlay.isEmpty());
        }
        Map<String, String> own = new HashMap<>();
        boolean found = false;
        for (Bundle b : bundles) {
            URL url = b.in(language);
            if (exists(url)) {
                own.putAll(read(url, false));
                found = true;
            }
        }
        Map<String, String> overlay = overlay(language);
        if (!found && overlay.isEmpty() && !languages().contains(language)) {
            throw new ConfigurationException("no texts in language '" + language + "': available are "
                    + String.join(", ", languages()) + "; add a language pack (docs/i18n.md)");
        }
        own.putAll(overlay);
        return new Texts(Locale.forLanguageTag(language), Collections.unmodifiableMap(own), english,
                !overlay.isEmpty());
    }

    /** The pack files of a language, class-path packs first, then the folders in the order given. */
    private Map<String, String> overlay(String language) {
        Map<String, String> texts = new HashMap<>();
        classPathPackFiles(language).forEach(url -> texts.putAll(read(url, false)));
        for (Path pack : packs) {
            for (Bundle b : bundles) {
                Path file = pack.resolve(b.fileName(language));
                if (Files.isRegularFile(file)) {
                    try {
                        texts.putAll(read(file.toUri().toURL(), true));
                    } catch (IOException e) {
                        throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return texts;
    }

    private List<URL> classPathPackFiles(String language) {
        List<URL> urls = new ArrayList<>();
        for (Bundle b : bundles) {
            try {
                urls.addAll(Collections.list(classLoader.getResources(CLASS_PATH_PACKS + b.fileName(language))));
            } catch (IOException e) {
                throw new ConfigurationException("cannot look for language pack files: " + e.getMessage(), e);
            }
        }
        return urls;
    }

    private Bundle bundle(String name) {
        return bundles.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }

    private static String languageOf(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            throw new ConfigurationException("the locale " + locale + " names no language");
        }
        return language;
    }

    private static boolean exists(URL url) {
        try (InputStream in = url.openStream()) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** A properties file read as UTF-8. */
    private static Map<String, String> read(URL url, boolean pack) {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8.newDecoder())) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // A file that is not UTF-8 is refused (MalformedInputException), not read with replacement characters.
            throw new ConfigurationException("cannot read " + (pack ? "language pack file " : "message bundle ")
                    + url + " as UTF-8 properties: " + e, e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }
}
