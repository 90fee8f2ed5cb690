package org.cyberprocure.cli.serve.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportLabels;

/**
 * What every page needs besides its content: the workbench's words in the page's language
 * ({@code workbench*.properties}), the report's words for decisions, statuses, severities and legal force (the
 * same as in the PDF), the form token and the page's own address (for the language switch).
 */
public final class Ui {
    /** The languages of the pages: the bundled report languages. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Texts texts;
    private final ReportLabels labels;
    private final String csrfName;
    private final String csrfToken;
    private final String path;

    /**
     * @param language  one of {@link #LANGUAGES}; anything else is English
     * @param catalog   the checker's catalog (its translations)
     * @param csrfName  the form field that carries the token
     * @param csrfToken the token every form sends back
     * @param path      the page's path and query, e.g. {@code /lots/x?status=NOT_MET}
     */
    public Ui(String language, Catalog catalog, String csrfName, String csrfToken, String path) {
        this.locale = Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en");
        this.bundle = ResourceBundle.getBundle("org.cyberprocure.cli.serve.web.workbench", locale,
                Ui.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.texts = catalog.translations().texts(locale);
        this.labels = ReportLabels.of(texts);
        this.csrfName = csrfName;
        this.csrfToken = csrfToken;
        this.path = path;
    }

    public Locale locale() {
        return locale;
    }

    /** The page's language, e.g. {@code de}, for the {@code lang} attribute. */
    public String lang() {
        return locale.getLanguage();
    }

    /** The catalog's texts in the page's language (report models, requirement titles). */
    public Texts texts() {
        return texts;
    }

    /** A requirement's title in the page's language; the recorded one where the rule pack has no text for it. */
    public String requirementTitle(String requirementId, String recorded) {
        return texts.textOr("req." + requirementId + ".title", recorded);
    }

    /** A report domain's name in the page's language. */
    public String domain(String name) {
        return org.cyberprocure.report.Localized.domain(name, texts);
    }

    /** A message of the library (e.g. a diff's note) in the page's language. */
    public String message(org.cyberprocure.model.Message message) {
        return texts.format(message);
    }

    /** A workbench text, its {@code {0}} filled in. */
    public String t(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A language's name in that language, for the language switch. */
    public String languageName(String language) {
        Locale other = Locale.forLanguageTag(language);
        String name = other.getDisplayLanguage(other);
        return name.substring(0, 1).toUpperCase(other) + name.substring(1);
    }

    public String decision(Decision decision) {
        return labels.decision(decision);
    }

    public String status(Status status) {
        return labels.status(status);
    }

    public String severity(Severity severity) {
        return labels.severity(severity);
    }

    public String force(LegalForce force) {
        return labels.legalForce(force);
    }

    /** A score in the language's form, e.g. {@code 72,5 %}; "n/a" in words when there is none. */
    public String percent(Double score) {
        return labels.percent(score);
    }

    /** A share of 0–1 as a percentage with one decimal. */
    public String share(double share) {
        return labels.number(Math.round(share * 1000) / 10.0) + " %";
    }

    public String date(java.time.LocalDate date) {
        return date == null ? t("none") : texts.date(date);
    }

    /** A CSS class for a decision or status badge (the colour is never the only cue: the word is always shown). */
    public String tone(Object value) {
        String name = String.valueOf(value);
        return switch (name) {
            case "ACCEPT", "MET" -> "good";
            case "ACCEPT_WITH_CONDITIONS", "PARTIALLY_MET", "RISK_ACCEPTED", "HOSPITAL_RESPONSIBILITY" -> "fair";
            case "REJECT", "NOT_MET" -> "bad";
            default -> "neutral";
        };
    }

    public String csrfName() {
        return csrfName;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public String path() {
        return path;
    }
}
