package org.cyberprocure.cli.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The workbench's UI bundle: every text the pages use exists, in every language, with the same placeholders. */
class WorkbenchBundleTest {
    private static final Pattern USED = Pattern.compile("\\bt\\(\"([a-zA-Z0-9.]+)\"");
    private static final Pattern DIFF_CAUSE = Pattern.compile("\"diff\\.cause\\.\" \\+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    @Test
    void everyKeyThePagesUseIsInTheEnglishBundle() throws IOException {
        Properties english = bundle("");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/jte")),
                Files.list(Path.of("src/main/java/org/cyberprocure/cli/serve/web")))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = USED.matcher(text);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
                if (DIFF_CAUSE.matcher(text).find()) {
                    for (var cause : org.cyberprocure.tender.AssessmentDiff.Cause.values()) {
                        used.add("diff.cause." + cause.name());
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "it"})
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String language) throws IOException {
        Properties english = bundle("");
        Properties other = bundle("_" + language);
        assertThat(other.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(other.getProperty(key))).as(language + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            new java.text.MessageFormat(other.getProperty(key)); // a faulty pattern throws
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Ui.class.getResourceAsStream("workbench" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
