package org.cyberprocure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The key form of section and domain names, written by hand for speed, agrees with its regular-expression definition. */
class SlugTest {
    private static String definition(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    @Test
    void knownNames() {
        assertThat(Localized.slug("Data protection")).isEqualTo("data-protection");
        assertThat(Localized.slug("  Vulnerability and patch management ")).isEqualTo("vulnerability-and-patch-management");
        assertThat(Localized.slug("Post-market surveillance & vigilance")).isEqualTo("post-market-surveillance-vigilance");
        assertThat(Localized.slug("---")).isEmpty();
    }

    @Test
    void agreesWithTheDefinition_onRandomNames() {
        Random random = new Random(22);
        String alphabet = "aZ9 -_&\u00e9\u0130\u00df.";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Localized.slug(name.toString())).as("'%s'", name).isEqualTo(definition(name.toString()));
        }
    }
}
