package org.cyberprocure.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;

/**
 * The words a report uses around the data, in one of the supported languages (English, German, French). Any
 * other locale gets English. Requirement texts come from the catalog and stay in English for now.
 *
 * <p>Lookup never falls back to the JVM's default locale, so the same inputs give the same report on every
 * machine.
 */
public final class ReportLabels {
    /** Languages with a complete set of labels. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);

    private static final String BUNDLE = "org.cyberprocure.report.labels";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportLabels(Locale locale) {
        this.locale = locale;
        try {
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportLabels.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new ConfigurationException("report labels missing from the class path", e);
        }
    }

    /** The labels for a locale's language; English when the language is not supported. */
    public static ReportLabels of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale language = SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
        return new ReportLabels(language);
    }

    /** The language the labels are in (en, de or fr). */
    public Locale locale() {
        return locale;
    }

    /** A label, with {@link MessageFormat} arguments filled in. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new ConfigurationException("report label '" + key + "' is missing for " + locale, e);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The decision in words. */
    public String decision(Decision decision) {
        return get("decision." + decision.name());
    }

    /** One sentence on what the decision means. */
    public String decisionExplained(Decision decision) {
        return get("decision.explain." + decision.name());
    }

    /** The status in words. */
    public String status(Status status) {
        return get("status." + status.name());
    }

    /** The legal force in words. */
    public String legalForce(LegalForce force) {
        return get("force." + force.name());
    }

    /** The severity in words. */
    public String severity(Severity severity) {
        return get("severity." + severity.name());
    }

    /** The product kind in words. */
    public String productKind(ProductKind kind) {
        return get("kind." + kind.name());
    }

    /** A percentage with one decimal, e.g. {@code 72.5 %} or {@code 72,5 %}; "n/a" for {@code null}. */
    public String percent(Double value) {
        if (value == null) {
            return "n/a";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(value) + "\u00a0%";
    }

    /** A plain decimal in this language, e.g. {@code 0.5} or {@code 0,5}. */
    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
