package org.cyberprocure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportLabels.class.getResourceAsStream("labels" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void germanAndFrench_haveExactlyTheEnglishKeys_withTheSameArguments() throws IOException {
        Properties english = bundle("");
        for (String suffix : new String[] {"_de", "_fr"}) {
            Properties translated = bundle(suffix);
            assertThat(translated.stringPropertyNames()).as(suffix).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                int expected = new MessageFormat(english.getProperty(key)).getFormats().length;
                assertThat(new MessageFormat(translated.getProperty(key)).getFormats()).as(suffix + " " + key)
                        .hasSize(expected);
            }
        }
    }

    @Test
    void everyDecisionAndStatus_hasWordsInEveryLanguage() {
        for (Locale locale : ReportLabels.SUPPORTED) {
            ReportLabels labels = ReportLabels.of(locale);
            for (Decision d : Decision.values()) {
                assertThat(labels.decision(d)).isNotBlank().doesNotContain("_");
                assertThat(labels.decisionExplained(d)).isNotBlank();
            }
            for (Status s : Status.values()) {
                assertThat(labels.status(s)).isNotBlank().doesNotContain("_");
            }
        }
    }

    @Test
    void languageWithoutLabels_isRefused_notShownInEnglish_whateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThatThrownBy(() -> ReportLabels.of(Locale.forLanguageTag("pl")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("no texts in language 'pl'").hasMessageContaining("language pack");
            assertThat(ReportLabels.of(Locale.forLanguageTag("en-GB")).decision(Decision.REJECT)).isEqualTo("Reject");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void percentagesAndApostrophes_areWrittenPerLanguage() {
        assertThat(ReportLabels.of(Locale.ENGLISH).percent(72.5)).isEqualTo("72.5\u00a0%");
        assertThat(ReportLabels.of(Locale.GERMAN).percent(72.5)).isEqualTo("72,5\u00a0%");
        assertThat(ReportLabels.of(Locale.ENGLISH).percent(null)).isEqualTo("n/a");
        assertThat(ReportLabels.of(Locale.ENGLISH).get("answers.intro", "cloud-migration"))
                .contains("vendor's answer");
    }
}
