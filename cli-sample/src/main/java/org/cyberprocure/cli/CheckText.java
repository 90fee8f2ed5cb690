package org.cyberprocure.cli;

import java.util.Locale;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportLabels;

/**
 * The self-check's sentences in the chosen language (keys {@code selfcheck.*} of the library's {@code tender}
 * bundle, so a language pack covers them too); decisions, statuses and legal force in the report's words. English
 * keeps the enum names (ACCEPT_WITH_CONDITIONS), which scripts and the docs quote.
 */
final class CheckText {
    private final Texts texts;
    private final ReportLabels labels;

    CheckText(Texts texts) {
        this.texts = texts;
        this.labels = ReportLabels.of(texts);
    }

    Texts texts() {
        return texts;
    }

    String get(String key, Object... arguments) {
        return texts.text("selfcheck." + key, arguments);
    }

    String decision(Decision decision) {
        return english() ? decision.name() : labels.decision(decision) + " (" + decision.name() + ")";
    }

    String status(Status status) {
        return english() ? status.name() : labels.status(status);
    }

    String legalForce(LegalForce force) {
        return english() ? force.name() : labels.legalForce(force);
    }

    /** An answer code as written, with its meaning where the language names it otherwise, e.g. {@code yes (ja)}. */
    String code(String code) {
        return labels.code(code);
    }

    /** What a question accepts, in this language, joined by {@code |}. */
    String accepted(org.cyberprocure.model.Question q) {
        return String.join(" | ", labels.acceptedValues(q));
    }

    private boolean english() {
        return texts.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
