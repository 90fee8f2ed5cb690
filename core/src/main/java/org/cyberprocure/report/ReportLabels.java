package org.cyberprocure.report;

import org.cyberprocure.Policy;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;

/**
 * The words a report uses around the data, in one language: the library's {@code labels} bundle (see
 * {@link Translations}). English, German, French and Italian are bundled; a language pack adds others.
 *
 * <p>Lookup never falls back to the JVM's default locale, so the same inputs give the same report on every
 * machine; a language without labels is refused, never shown in English unawares.
 */
public final class ReportLabels {
    /** Languages bundled with the library, English first. */
    public static final List<Locale> SUPPORTED = Translations.labelsOnly().languages().stream()
            .map(Locale::forLanguageTag).toList();

    private final Texts texts;

    private ReportLabels(Texts texts) {
        this.texts = texts;
    }

    /**
     * The bundled labels of a locale's language.
     *
     * @throws ConfigurationException when the language is not bundled (use {@link #of(Texts)} with a language pack)
     */
    public static ReportLabels of(Locale locale) {
        return new ReportLabels(Translations.labelsOnly().texts(locale));
    }

    /** The labels of the given texts (a rule pack's translations, possibly with a language pack). */
    public static ReportLabels of(Texts texts) {
        return new ReportLabels(Objects.requireNonNull(texts, "texts"));
    }

    /** The language the labels are in. */
    public Locale locale() {
        return texts.locale();
    }

    /** All texts of this language, the rule pack's included when the labels were made from them. */
    public Texts texts() {
        return texts;
    }

    /** A label, with {@link java.text.MessageFormat} arguments filled in. */
    public String get(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    /** A requirement's title in this language (key {@code req.<ID>.title}), or {@code otherwise} without one. */
    public String requirementTitle(String requirementId, String otherwise) {
        return texts.textOr("req." + requirementId + ".title", otherwise);
    }

    /** A consistency check's title in this language (key {@code check.<ID>.title}), or {@code otherwise}. */
    public String checkTitle(String checkId, String otherwise) {
        return texts.textOr("check." + checkId + ".title", otherwise);
    }

    /** A domain name in this language (key {@code domain.<slug>}), or the name as given. */
    public String domain(String name) {
        return Localized.domain(name, texts);
    }

    /** A question-bank section name in this language (key {@code section.<slug>}), or the name as given. */
    public String section(String name) {
        return Localized.section(name, texts);
    }

    /** A question with its text, help, evidence expected and section in this language; see {@link Localized}. */
    public Question question(Question question) {
        return Localized.question(question, texts);
    }

    /**
     * What a vendor may write for a question, in this language: each answer code as it is written followed by its
     * meaning where the language names it otherwise (English: the code alone), or the kind of value a date, number
     * or text question takes; e.g. {@code [yes (ja), no (nein), n/a (entfällt)]} or {@code [eine Zahl von 0 bis 365]}.
     * In English this is {@link Question#acceptedValues()}.
     */
    public List<String> acceptedValues(Question q) {
        List<String> accepted = new ArrayList<>();
        switch (q.type()) {
            case YES_NO, YES_NO_PARTIAL, ENUM -> q.acceptedValues().stream()
                    .filter(v -> !v.equals(Answer.NOT_APPLICABLE)).forEach(v -> accepted.add(code(q.id(), v)));
            case DATE -> accepted.add(get("template.accepts.date"));
            case NUMBER -> accepted.add(q.minimum() != null && q.maximum() != null
                    ? get("template.accepts.numberBetween", q.minimum().toPlainString(), q.maximum().toPlainString())
                    : q.minimum() != null ? get("template.accepts.numberAtLeast", q.minimum().toPlainString())
                    : q.maximum() != null ? get("template.accepts.numberAtMost", q.maximum().toPlainString())
                    : get("template.accepts.number"));
            case TEXT -> accepted.add(get("template.accepts.text"));
        }
        if (q.naAllowed()) {
            accepted.add(code(Answer.NOT_APPLICABLE));
        }
        return accepted;
    }

    /** An answer code as written, followed by its meaning where this language names it otherwise: {@code yes (ja)}. */
    public String code(String code) {
        String label = texts.valueLabel(code);
        return label.equals(code) ? code : get("template.code", code, label);
    }

    /** {@link #code(String)} with the question's own label of the code where it has one ({@code value.<Q>.<CODE>}). */
    public String code(String questionId, String code) {
        String label = texts.valueLabel(questionId, code);
        return label.equals(code) ? code : get("template.code", code, label);
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
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(value) + "\u00a0%";
    }

    /** A plain decimal in this language, e.g. {@code 0.5} or {@code 0,5}. */
    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * What an input file of the audit record was, in this language: {@code questionnaire}, {@code MDS2 form}, ...
     * (keys {@code audit.role.*}); a role without a text is shown as given.
     */
    public String inputRole(String role) {
        return role.endsWith(" form") ? texts.text("audit.role.form", role.substring(0, role.length() - 5))
                : texts.textOr("audit.role." + role, role);
    }

    /**
     * A policy's label ({@code name version}) in this language: the library's default policy by its name in the
     * language (key {@code policy.default}); a hospital's policy by the name it gave itself.
     */
    public String policyLabel(String label) {
        String name = Policy.defaults().name() + " ";
        return label.startsWith(name) ? texts.text("policy.default", label.substring(name.length())) : label;
    }
}
