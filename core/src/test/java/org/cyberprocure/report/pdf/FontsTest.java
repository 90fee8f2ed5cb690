package org.cyberprocure.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FontsTest {
    /** The letters beyond ASCII of each official language of the EU, Latin, Greek and Cyrillic scripts. */
    private static final Map<String, String> ALPHABETS = Map.ofEntries(
            Map.entry("bg", "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯабвгдежзийклмнопрстуфхцчшщъьюя"),
            Map.entry("cs", "ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽáčďéěíňóřšťúůýž"),
            Map.entry("da", "ÆØÅæøå"),
            Map.entry("de", "ÄÖÜẞäöüß„“"),
            Map.entry("el", "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰΆΈΉΊΌΎΏ"),
            Map.entry("es", "ÁÉÍÑÓÚÜáéíñóúü¿¡"),
            Map.entry("et", "ÄÕÖÜŠŽäõöüšž"),
            Map.entry("fi", "ÄÖÅäöå"),
            Map.entry("fr", "ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸàâæçéèêëîïôœùûüÿ«»\u202f\u00a0’"),
            Map.entry("ga", "ÁÉÍÓÚáéíóú"),
            Map.entry("hr", "ČĆĐŠŽčćđšž"),
            Map.entry("hu", "ÁÉÍÓÖŐÚÜŰáéíóöőúüű"),
            Map.entry("it", "ÀÈÉÌÒÙàèéìòù"),
            Map.entry("lt", "ĄČĘĖĮŠŲŪŽąčęėįšųūž"),
            Map.entry("lv", "ĀČĒĢĪĶĻŅŠŪŽāčēģīķļņšūž"),
            Map.entry("mt", "ĊĠĦŻċġħż"),
            Map.entry("nl", "ÉËÏÓÖÜéëïóöü"),
            Map.entry("pl", "ĄĆĘŁŃÓŚŹŻąćęłńóśźż"),
            Map.entry("pt", "ÁÂÃÀÇÉÊÍÓÔÕÚáâãàçéêíóôõú"),
            Map.entry("ro", "ĂÂÎȘȚăâîșț"),
            Map.entry("sk", "ÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽáäčďéíĺľňóôŕšťúýž"),
            Map.entry("sl", "ČŠŽčšž"),
            Map.entry("sv", "ÅÄÖåäö"));

    @Test
    void embeddedFonts_drawEveryLetterOfEveryEuLanguage() {
        Fonts fonts = Fonts.create();
        assertThat(ALPHABETS).hasSize(23); // with English, the 24 official languages
        ALPHABETS.forEach((language, letters) -> letters.codePoints().forEach(c -> {
            assertThat(fonts.regular().containsGlyph(c)).as("%s U+%04X regular", language, c).isTrue();
            assertThat(fonts.bold().containsGlyph(c)).as("%s U+%04X bold", language, c).isTrue();
        }));
        assertThat(fonts.printable(ALPHABETS.get("el") + ALPHABETS.get("bg"))).doesNotContain("?");
    }
}
