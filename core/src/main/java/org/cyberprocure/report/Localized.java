package org.cyberprocure.report;

import java.util.List;
import java.util.Locale;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.internal.Prose;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Citation;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.DomainScore;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.WaiverOutcome;

/**
 * An assessment with every text a reader sees written in the report's language: requirement titles, domains and
 * sources from the rule pack's bundles, rationales, scope notes, contradictions and decision reasons from their
 * messages, and the texts about the inputs (form readers' notes and comments, SBOM problems, waiver outcomes). Ids,
 * statuses, codes and the vendor's own answers stay as they are. A text without a key (a catalog built in code, a
 * requirement a policy added) stays as recorded.
 *
 * <p>{@link ReportModel#of} uses it for reports; the self-check ({@code SelfCheck.in}) and the questionnaire
 * template use it for what they show.
 */
public final class Localized {
    private Localized() {
    }

    /**
     * {@return the assessment with its texts in the language of {@code texts}: titles, citations, domains,
     * rationales, scope notes, contradictions and decision reasons} English texts without a language pack give the
     * assessment itself.
     *
     * @param a the assessment as evaluated
     * @param texts the texts of the wanted language
     */
    public static Assessment of(Assessment a, Texts texts) {
        if (texts.locale().getLanguage().equals(Locale.ENGLISH.getLanguage()) && !texts.hasOverrides()) {
            return a; // the assessment's texts are the English bundle's
        }
        List<String> reasons = a.decisionReasonMessages().isEmpty() ? a.decisionReasons()
                : a.decisionReasonMessages().stream().map(texts::format).toList();
        return a.toBuilder().decisionReasons(reasons)
                .domainScores(a.domainScores().stream().map(d -> domainScore(d, texts)).toList())
                .scopeNotes(a.scopeNotes().stream().map(n -> scopeNote(n, texts)).toList())
                .findings(a.findings().stream().map(f -> finding(f, texts)).toList())
                .contradictions(a.contradictions().stream().map(c -> contradiction(c, texts)).toList())
                .answers(answers(a.answers(), texts))
                .forms(a.forms().stream().map(f -> form(f, texts)).toList())
                .sboms(a.sboms().stream().map(s -> sbom(s, texts)).toList())
                .waivers(a.waivers().stream().map(w -> waiver(w, texts)).toList())
                .build();
    }

    /**
     * {@return a question with its text, help, evidence expected and section in the language (keys {@code q.<ID>.text},
     * {@code .help}, {@code .evidence}, {@code section.<slug>}); id, type, answer codes and profiles unchanged}
     *
     * @param q a question of the bank
     * @param texts the texts of the wanted language
     */
    public static Question question(Question q, Texts texts) {
        if (texts.locale().getLanguage().equals(Locale.ENGLISH.getLanguage()) && !texts.hasOverrides()) {
            return q;
        }
        return new Question(q.id(), texts.textOr("q." + q.id() + ".text", q.text()), q.type(), q.allowedValues(),
                q.naAllowed(), q.secureAnswer(), q.mandatory(),
                q.evidenceExpected().isEmpty() ? "" : texts.textOr("q." + q.id() + ".evidence", q.evidenceExpected()),
                q.profiles(), section(q.section(), texts),
                q.help().isEmpty() ? "" : texts.textOr("q." + q.id() + ".help", q.help()), q.pastEvent(),
                q.minimum(), q.maximum());
    }

    /**
     * {@return a domain name in the language (key {@code domain.<slug>})}
     *
     * @param name the domain name as the catalog gives it
     * @param texts the texts of the wanted language
     */
    public static String domain(String name, Texts texts) {
        return texts.textOr("domain." + slug(name), name);
    }

    /**
     * {@return a question-bank section name in the language (key {@code section.<slug>})}
     *
     * @param name the section name as the question bank gives it
     * @param texts the texts of the wanted language
     */
    public static String section(String name, Texts texts) {
        return texts.textOr("section." + slug(name), name);
    }

    /** The key form of a name: lower case, runs of other characters as one hyphen, e.g. {@code data-protection}. */
    static String slug(String name) {
        // By hand rather than two replaceAll calls: their pattern compilation was half of building a report model.
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        if (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }

    private static DomainScore domainScore(DomainScore d, Texts texts) {
        return new DomainScore(domain(d.domain(), texts), d.score(), d.met(), d.partiallyMet(), d.notMet(),
                d.notAnswered(), d.notApplicable());
    }

    private static Finding finding(Finding f, Texts texts) {
        String id = f.requirementId();
        Citation c = f.citation();
        Citation citation = new Citation(texts.textOr("abbr." + c.instrument(), c.instrument()),
                texts.textOr("source." + c.instrument(), c.title()),
                texts.textOr("req." + id + ".reference", c.reference()));
        return new Finding(id, texts.textOr("req." + id + ".title", f.title()), domain(f.domain(), texts), f.status(),
                text(f.rationaleMessage(), f.rationale(), texts), answers(f.answers(), texts), f.rule(), citation,
                f.legalForce(),
                f.severity(), f.knockOut(), f.acceptedRisk(), f.rationaleMessage());
    }

    private static ScopeNote scopeNote(ScopeNote n, Texts texts) {
        return new ScopeNote(n.gate(), n.instrument(), n.outcome(), text(n.reasonMessage(), n.reason(), texts),
                n.answers(), n.reasonMessage());
    }

    private static Contradiction contradiction(Contradiction c, Texts texts) {
        return new Contradiction(c.checkId(), texts.textOr("check." + c.checkId() + ".title", c.title()),
                text(c.messageKey(), c.message(), texts), c.answers(), c.rule(), c.severity(), c.items(),
                c.messageKey());
    }

    /** Answers with the comments a reader wrote in the language; the vendor's own comments stay as written. */
    private static List<Answer> answers(List<Answer> answers, Texts texts) {
        return answers.stream().map(a -> a.commentMessage() == null ? a : new Answer(a.questionId(), a.value(),
                texts.format(a.commentMessage()), a.evidence(), a.location(), a.origin(), a.commentMessage())).toList();
    }

    /** A vendor form with the readers' notes in the language. */
    private static ImportedForm form(ImportedForm f, Texts texts) {
        return new ImportedForm(f.form(), f.title(), f.source(), f.items(), f.unknown(),
                f.noteMessages().stream().map(texts::format).toList(), f.noteMessages());
    }

    /** An SBOM with what it lacks in the language. */
    private static SbomEvidence sbom(SbomEvidence s, Texts texts) {
        return new SbomEvidence(s.source(), s.format(), s.specVersion(), s.serialNumber(), s.subject(), s.timestamp(),
                s.authors(), s.tools(), s.componentCount(), s.lacking(),
                s.problemMessages().stream().map(texts::format).toList(), s.formatWarnings(), s.problemMessages());
    }

    /** A waiver's outcome with its note in the language; the hospital's own reason and control stay as written. */
    private static WaiverOutcome waiver(WaiverOutcome w, Texts texts) {
        return w.noteMessage() == null ? w
                : new WaiverOutcome(w.waiver(), w.outcome(), texts.format(w.noteMessage()), w.noteMessage());
    }

    /** A composed text is tidied as a whole: its pieces may come out differently in another language. */
    private static String text(Message message, String recorded, Texts texts) {
        return message == null ? recorded : Prose.tidy(texts.format(message), texts.locale());
    }
}
