package org.cyberprocure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.imports.CaiqReader;
import org.cyberprocure.imports.Mds2Reader;
import org.cyberprocure.internal.CatalogLoader;
import org.cyberprocure.internal.Evaluator;
import org.cyberprocure.internal.RuleEngine;
import org.cyberprocure.io.QuestionnaireReader;
import org.cyberprocure.io.QuestionnaireTemplate;
import org.cyberprocure.io.SbomReader;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.spi.RulePack;

/**
 * The entry point: evaluates questionnaires against a rule pack.
 *
 * <p>Creating a checker loads the rule pack's precompiled KieBase and its catalog; that costs a few seconds,
 * so create one checker per application and share it. A checker is immutable and thread-safe:
 * {@link #evaluate} may be called any number of times from any thread.
 *
 * <pre>{@code
 * ComplianceChecker checker = ComplianceChecker.load();          // seconds: do this once
 * Questionnaire q = checker.reader().read(Path.of("vendor.json"));
 * Assessment assessment = checker.evaluate(q, EvaluationContext.defaults());
 * }</pre>
 */
public final class ComplianceChecker {
    private final RulePack pack;
    private final Catalog catalog;
    private final Evaluator evaluator;
    private final QuestionnaireReader reader;
    private final SbomReader sbomReader = new SbomReader();

    private ComplianceChecker(RulePack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
        // The KieBase and the catalog do not depend on each other: load the KieBase on a second thread while
        // this one reads the catalog, which shortens a cold start on a multi-core machine (docs/performance.md).
        FutureTask<RuleEngine> engine = new FutureTask<>(() -> new RuleEngine(pack));
        Thread loader = new Thread(engine, "cyberprocure-kiebase-loader");
        loader.setDaemon(true);
        loader.start();
        this.catalog = CatalogLoader.load(pack);
        this.evaluator = new Evaluator(catalog, await(engine), pack);
        this.reader = new QuestionnaireReader(catalog);
    }

    private static RuleEngine await(FutureTask<RuleEngine> engine) {
        try {
            return engine.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("interrupted while loading the rule pack", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime; // already a ConfigurationException when the KieBase cannot be loaded
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new ConfigurationException("cannot load the rule pack: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Loads the one rule pack found on the class path (through {@code ServiceLoader} and this class's loader) and
     * builds its KieBase from the pack's executable model.
     *
     * @return a checker to share between threads
     * @throws ConfigurationException when there is no rule pack, more than one, or it cannot be loaded
     */
    public static ComplianceChecker load() {
        List<RulePack> packs = RulePack.discover(ComplianceChecker.class.getClassLoader());
        if (packs.size() != 1) {
            throw new ConfigurationException(packs.isEmpty()
                    ? "no rule pack on the class path: add org.cyberprocure:cyberprocure-rules"
                    : "several rule packs on the class path (" + packs.stream().map(RulePack::name).toList()
                            + "): choose one with ComplianceChecker.load(pack)");
        }
        return new ComplianceChecker(packs.get(0));
    }

    /**
     * Loads the given rule pack: to choose between several packs, or when the pack's classes are in another class
     * loader than this library's (an application server's shared library, OSGi, a plugin system).
     *
     * @param pack the rule pack
     * @return a checker to share between threads
     * @throws ConfigurationException when the pack's executable model or catalog cannot be loaded
     */
    public static ComplianceChecker load(RulePack pack) {
        return new ComplianceChecker(pack);
    }

    /**
     * The requirement catalog and question bank of the loaded rule pack.
     *
     * @return the catalog, immutable
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The loaded rule pack.
     *
     * @return the pack
     */
    public RulePack rulePack() {
        return pack;
    }

    /**
     * A reader that validates questionnaires against this checker's question bank.
     *
     * @return the shared, immutable reader
     */
    public QuestionnaireReader reader() {
        return reader;
    }

    /**
     * A reader for CycloneDX JSON SBOMs, whose evidence a questionnaire carries into the evaluation:
     * {@code checker.evaluate(questionnaire.withSbom(checker.sbomReader().read(path)))}.
     *
     * @return the shared, immutable reader
     */
    public SbomReader sbomReader() {
        return sbomReader;
    }

    /**
     * A reader for MDS2 forms (ANSI/NEMA HN 1-2019, XLSX or CSV export) that maps them onto this checker's
     * question bank with the rule pack's MDS2 form mapping.
     *
     * @return a new reader; without Apache POI on the class path it still reads CSV exports
     * @throws ConfigurationException when the rule pack has no MDS2 form mapping
     */
    public Mds2Reader mds2Reader() {
        return new Mds2Reader(catalog);
    }

    /**
     * A reader for cloud providers' CAIQ v4 answer sheets (XLSX or CSV), mapped onto this rule pack's question
     * bank.
     *
     * @return a new reader; without Apache POI on the class path it still reads CSV exports
     * @throws ConfigurationException when the rule pack has no CAIQ mapping
     */
    public CaiqReader caiqReader() {
        return new CaiqReader(catalog);
    }

    /**
     * Evaluates as of the questionnaire's submission date, with the default policy.
     *
     * @param questionnaire read from a file or built in code ({@link Questionnaire#builder})
     * @return the assessment
     * @throws InputRejectedException when the questionnaire does not fit the question bank
     */
    public Assessment evaluate(Questionnaire questionnaire) {
        return evaluate(questionnaire, EvaluationContext.defaults());
    }

    /**
     * Evaluates a questionnaire. Questionnaires built in code are validated like files
     * ({@link QuestionnaireReader#check}): header fields (country code, plausible submission date, product kind
     * fitting the profile, lengths), unknown questions, values a question does not accept and duplicate answers
     * are rejected.
     *
     * @param questionnaire read from a file or built in code ({@link Questionnaire#builder})
     * @param context       as-of date, contract end, policy and hospital country
     * @return the assessment, which records the policy it was scored with
     * @throws InputRejectedException when the questionnaire does not fit the question bank
     * @throws ConfigurationException when the context's policy names requirements the catalog does not have
     */
    public Assessment evaluate(Questionnaire questionnaire, EvaluationContext context) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(context, "context");
        context.policy().checkAgainst(catalog);
        return evaluator.evaluate(reader.check(questionnaire), context);
    }

    /**
     * A vendor's self-check: evaluates the questionnaire as the hospital would, then, for each gap, evaluates
     * again with the secure answers (and the evidence named) of the questions behind it, to tell which answers
     * would close it and what the decision would then be. Costs one evaluation per gap plus two.
     *
     * @throws InputRejectedException when the questionnaire does not fit the question bank
     * @throws ConfigurationException when the context's policy names requirements the catalog does not have
     */
    public SelfCheck selfCheck(Questionnaire questionnaire, EvaluationContext context) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(context, "context");
        return new SelfChecker(this, context, questionnaire).run();
    }

    /**
     * A vendor's self-check with every text a reader sees in a language: {@code selfCheck(questionnaire, context)}
     * {@link SelfCheck#in in} the catalog's texts of that language.
     *
     * @throws ConfigurationException when the rule pack has no texts in that language (see {@code docs/i18n.md}),
     *                                or the context's policy names requirements the catalog does not have
     */
    public SelfCheck selfCheck(Questionnaire questionnaire, EvaluationContext context, Locale locale) {
        Texts texts = catalog.translations().texts(locale);
        return selfCheck(questionnaire, context).in(texts);
    }

    /**
     * A blank English questionnaire of a profile for vendors, to write as CSV or JSON: every question present and
     * unanswered, explained, with placeholders in the header that the readers refuse until they are replaced.
     */
    public QuestionnaireTemplate template(Profile profile) {
        return new QuestionnaireTemplate(catalog, profile);
    }

    /**
     * A blank questionnaire of a profile explained in a language: instructions, placeholders, question texts, help
     * and the meaning of each answer code. Ids, keys and answer codes are those of every language, so the filled
     * template is checked and evaluated like an English one.
     *
     * @throws ConfigurationException when the rule pack has no texts in that language (see {@code docs/i18n.md})
     */
    public QuestionnaireTemplate template(Profile profile, Locale locale) {
        return template(profile, catalog.translations().texts(locale));
    }

    /**
     * A blank questionnaire of a profile explained in the language of the given texts, e.g. with a language pack:
     * {@code template(profile, checker.catalog().translations().withLanguagePack(folder).texts(locale))}.
     */
    public QuestionnaireTemplate template(Profile profile, Texts texts) {
        return new QuestionnaireTemplate(catalog, profile, texts);
    }
}
