package org.cyberprocure.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportLabels;

/**
 * The self-check's sentences in English, German or French ({@code check*.properties}); decisions and statuses
 * in the report's words. English keeps the enum names (ACCEPT_WITH_CONDITIONS), which scripts and the docs quote.
 */
final class CheckText {
    private final Locale locale;
    private final ResourceBundle bundle;
    private final ReportLabels labels;

    CheckText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.cyberprocure.cli.check", locale, CheckText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.labels = ReportLabels.of(locale);
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String decision(Decision decision) {
        return english() ? decision.name() : labels.decision(decision) + " (" + decision.name() + ")";
    }

    String status(Status status) {
        return english() ? status.name() : labels.status(status);
    }

    /** A library text about the inputs (a form reader's note, an SBOM problem) in the language. */
    String format(Message message) {
        return labels.texts().format(message);
    }

    private boolean english() {
        return locale.getLanguage().equals("en");
    }
}
