package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Completeness;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.ConsistencyCheck;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.junit.jupiter.api.Test;

/**
 * The message bundles agree with the rules and the catalog, and every bundled language is complete: the same keys
 * as English, the same placeholders, valid patterns (docs/i18n.md).
 */
class MessageBundlesTest {
    private static final Catalog CATALOG = RuleTesting.CHECKER.catalog();
    private static final Translations TRANSLATIONS = CATALOG.translations();
    private static final Texts ENGLISH = TRANSLATIONS.english();
    private static final Path RULES = Path.of("src", "main", "resources", "org", "cyberprocure", "rules");
    /** The languages the product promises complete (README, docs/report.md). */
    static final List<String> FULL_LANGUAGES = List.of("de", "fr", "it");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:msg|part)\\.[^\"]*)\"");

    @Test
    void everyKeyARuleNames_isInTheEnglishBundle_andEveryRuleTextIsUsed() throws IOException {
        Set<String> named = new TreeSet<>();
        Set<String> prefixes = new HashSet<>();
        try (Stream<Path> drl = Files.list(RULES)) {
            for (Path file : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    // "part.fn.dutyOf." + role: a key built at run time, named by its prefix
                    (m.group(1).endsWith(".") ? prefixes : named).add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(700);
        assertThat(named).allSatisfy(key -> assertThat(ENGLISH.has(key)).as(key).isTrue());
        Set<String> ruleTexts = new TreeSet<>(ENGLISH.keys());
        ruleTexts.removeIf(k -> !k.startsWith("msg.") && !k.startsWith("part."));
        ruleTexts.removeAll(named);
        ruleTexts.removeIf(k -> prefixes.stream().anyMatch(k::startsWith));
        // part.fn.duty.<what>: the what is an argument of dutyOf in the rules
        ruleTexts.removeIf(k -> k.startsWith("part.fn.duty.") && fileMentions("\"" + k.substring(13) + "\""));
        assertThat(ruleTexts).as("rule texts no rule uses").isEmpty();
    }

    @Test
    void englishCatalogBundle_saysWhatTheCatalogSays() {
        for (Requirement r : CATALOG.requirements()) {
            assertThat(ENGLISH.text("req." + r.id() + ".title")).isEqualTo(r.title());
            assertThat(ENGLISH.text("req." + r.id() + ".paraphrase")).isEqualTo(r.paraphrase());
            assertThat(ENGLISH.text("req." + r.id() + ".remediation")).isEqualTo(r.remediation());
            assertThat(ENGLISH.text("req." + r.id() + ".clause")).isEqualTo(r.contractClause());
            assertThat(ENGLISH.text("source." + r.citation().instrument())).isEqualTo(r.citation().title());
            assertThat(ENGLISH.text("abbr." + r.citation().instrument())).isEqualTo(r.citation().instrument());
            assertThat(ENGLISH.text("req." + r.id() + ".reference")).isEqualTo(r.citation().reference());
            assertThat(ENGLISH.text("domain." + slug(r.domain()))).isEqualTo(r.domain());
        }
        for (Question q : CATALOG.questions()) {
            assertThat(ENGLISH.text("q." + q.id() + ".text")).isEqualTo(q.text());
            assertThat(ENGLISH.text("q." + q.id() + ".help")).isEqualTo(q.help());
            assertThat(ENGLISH.text("q." + q.id() + ".evidence")).isEqualTo(q.evidenceExpected());
            assertThat(ENGLISH.text("section." + slug(q.section()))).isEqualTo(q.section());
            q.allowedValues().forEach(v -> assertThat(ENGLISH.has("value." + v)).as("value." + v).isTrue());
        }
        for (ConsistencyCheck c : CATALOG.consistencyChecks()) {
            assertThat(ENGLISH.text("check." + c.id() + ".title")).isEqualTo(c.title());
            assertThat(ENGLISH.text("check." + c.id() + ".explanation")).isEqualTo(c.explanation());
            assertThat(ENGLISH.text("check." + c.id() + ".remediation")).isEqualTo(c.remediation());
        }
    }

    @Test
    void englishTexts_areValidPatterns() {
        Completeness english = TRANSLATIONS.completeness(Locale.ENGLISH);
        assertThat(english.invalid()).isEmpty();
        assertThat(english.keys()).isGreaterThan(2500);
    }

    /**
     * Whether the rule pack's texts of a language are in the build at all. Until the translators' files are merged,
     * the tests that need them are skipped (and say so); from the first file on, they check every key.
     */
    static boolean translated(String language) {
        return TRANSLATIONS.bundles().stream().filter(b -> !b.name().equals(Translations.LABELS))
                .anyMatch(b -> Files.exists(RULES.resolve("catalog").resolve("i18n").resolve(b.fileName(language))));
    }

    @Test
    void everyFullLanguage_hasEveryKeyWithTheSamePlaceholders() {
        assumeTrue(FULL_LANGUAGES.stream().anyMatch(MessageBundlesTest::translated),
                "no translation of the rule pack's texts is merged yet (de, fr, it)");
        for (String language : FULL_LANGUAGES) {
            assertThat(TRANSLATIONS.languages()).as("bundled languages").contains(language);
            Completeness c = TRANSLATIONS.completeness(Locale.forLanguageTag(language));
            assertThat(c.missing()).as(language + ": %d keys missing, e.g.", c.missing().size())
                    .isEqualTo(List.of());
            assertThat(c.unknown()).as(language + " keys English does not have").isEmpty();
            assertThat(c.placeholderMismatch()).as(language + " keys with other placeholders than English").isEmpty();
            assertThat(c.invalid()).as(language + " faulty texts").isEmpty();
        }
    }

    @Test
    void everyBundledLanguage_isComplete() {
        assumeTrue(FULL_LANGUAGES.stream().anyMatch(MessageBundlesTest::translated),
                "no translation of the rule pack's texts is merged yet (de, fr, it)");
        for (String language : TRANSLATIONS.languages()) {
            Completeness c = TRANSLATIONS.completeness(Locale.forLanguageTag(language));
            assertThat(c.complete()).as(c.summary()).isTrue();
        }
    }

    private static boolean fileMentions(String literal) {
        try (Stream<Path> drl = Files.list(RULES)) {
            for (Path file : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
                if (Files.readString(file).contains(literal)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
