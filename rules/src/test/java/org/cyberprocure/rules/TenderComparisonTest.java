package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.Policy;
import org.cyberprocure.internal.Scoring;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Vendor;
import org.cyberprocure.report.pdf.ComparisonPdfRenderer;
import org.cyberprocure.tender.ComparisonWriters;
import org.cyberprocure.tender.MatrixDomain;
import org.cyberprocure.tender.Offer;
import org.cyberprocure.tender.RankingRow;
import org.cyberprocure.tender.Sensitivity;
import org.cyberprocure.tender.SensitivitySettings;
import org.cyberprocure.tender.TenderComparison;
import org.cyberprocure.tender.Variation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The offer comparison on the example lot (docs/examples/lot-pacs: two strong offers in a near-tie, a weaker one
 * and one rejected on a knock-out), on a lot with a clear winner, and on 50 generated offers.
 */
class TenderComparisonTest {
    static final Path LOT = SampleReportTest.EXAMPLES.resolve("lot-pacs");
    static final EvaluationContext CONTEXT = EvaluationContext.defaults().withContractEnd(LocalDate.of(2031, 12, 31));
    private static final String KUVAPILVI = "Kuvapilvi Oy";
    private static final String RADIOMED = "Radiomed Cloud GmbH";
    private static final String CHMURA = "Chmura Medyczna Sp. z o.o. \u2014 Zakład Łódź";
    private static final String ATLANTIC = "Atlantic Imaging Cloud Ltd";

    private static List<Offer> lot;
    private static TenderComparison comparison;

    @BeforeAll
    static void compareTheExampleLot() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        lot = offers(LOT);
        comparison = TenderComparison.compare(lot, RuleTesting.CHECKER.catalog(), Policy.defaults(),
                SensitivitySettings.defaults());
    }

    static List<Offer> offers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> Offer.evaluated(f.getFileName().toString(), RuleTesting.CHECKER.evaluate(
                            RuleTesting.CHECKER.reader().read(f), CONTEXT)))
                    .toList();
        }
    }

    @Test
    void ranking_putsAwardableOffersFirstByScore_andTheRejectedOfferLast() {
        assertThat(comparison.ranking()).extracting(RankingRow::offer)
                .containsExactly(KUVAPILVI, RADIOMED, CHMURA, ATLANTIC);
        assertThat(comparison.ranking()).extracting(RankingRow::rank).containsExactly(1, 2, 3, 4);
        RankingRow atlantic = comparison.row(ATLANTIC);
        // A higher score than two of the offers ahead of it: a failed knock-out rejects whatever the score.
        assertThat(atlantic.decision()).isEqualTo(Decision.REJECT);
        assertThat(atlantic.score()).isGreaterThan(comparison.row(CHMURA).score());
        assertThat(atlantic.failedKnockOuts()).containsExactly("GDPR-44");
        assertThat(comparison.row(KUVAPILVI).score() - comparison.row(RADIOMED).score()).isBetween(0.0, 0.5);
        assertThat(comparison.row(RADIOMED).gaps(org.cyberprocure.model.Severity.HIGH)).isEqualTo(5);
        assertThat(comparison.row(KUVAPILVI).gaps(org.cyberprocure.model.Severity.HIGH)).isZero();
    }

    @Test
    void examplesReadme_statesEveryOffersDecisionAndScore() throws IOException {
        String readme = Files.readString(SampleReportTest.EXAMPLES.resolve("README.md"));
        for (RankingRow r : comparison.ranking()) {
            String row = readme.lines().filter(l -> l.startsWith("| `lot-pacs/" + r.source() + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/examples/README.md has no row for " + r.source()));
            assertThat(row).contains("| " + r.decision() + ", " + r.score() + " % |");
        }
    }

    @Test
    void rescoringUnderThePolicy_reproducesEveryAssessment() {
        Scoring scoring = new Scoring(Policy.defaults(), RuleTesting.CHECKER.catalog());
        for (Offer offer : lot) {
            Assessment a = offer.assessment();
            Scoring.Result again = scoring.rescore(a, Scoring.Weighting.POLICY);
            assertThat(again.decision()).isEqualTo(a.decision());
            assertThat(again.overall()).isEqualTo(a.overallScore());
            assertThat(again.domains()).isEqualTo(a.domainScores());
            assertThat(again.reasons()).isEqualTo(a.decisionReasons());
        }
    }

    @Test
    void matrix_hasEveryRequirementOnce_byDomain_withDifferingRequirementsFirst() {
        List<String> ids = comparison.matrix().stream().flatMap(d -> d.rows().stream())
                .map(MatrixDomain.Row::requirementId).sorted().toList();
        assertThat(ids).isEqualTo(lot.get(0).assessment().findings().stream()
                .map(f -> f.requirementId()).sorted().toList());
        for (MatrixDomain domain : comparison.matrix()) {
            List<Boolean> differs = domain.rows().stream().map(MatrixDomain.Row::differs).toList();
            assertThat(differs).as(domain.domain()).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
            domain.rows().forEach(r -> assertThat(r.statuses()).hasSize(4));
        }
        MatrixDomain.Row transfers = comparison.matrix().stream().flatMap(d -> d.rows().stream())
                .filter(r -> r.requirementId().equals("GDPR-44")).findFirst().orElseThrow();
        // Ranking order: Kuvapilvi, Radiomed, Chmura, Atlantic.
        assertThat(transfers.statuses()).containsExactly(Status.MET, Status.MET, Status.PARTIALLY_MET,
                Status.NOT_MET);
        assertThat(transfers.differs()).isTrue();
        assertThat(transfers.knockOut()).isTrue();
    }

    @Test
    void sensitivity_detectsTheNearTie_andNamesTheWeightsThatFlipIt() {
        Sensitivity s = comparison.sensitivity();
        assertThat(s.winnerHolds()).isFalse();
        assertThat(s.rankingHolds()).isFalse();
        Sensitivity.Standing kuvapilvi = s.standings().get(0);
        Sensitivity.Standing radiomed = s.standings().get(1);
        assertThat(kuvapilvi.offer()).isEqualTo(KUVAPILVI);
        assertThat(kuvapilvi.firstShare()).isStrictlyBetween(0.0, 1.0);
        assertThat(radiomed.firstShare()).isStrictlyBetween(0.0, 1.0);
        assertThat(kuvapilvi.firstShare() + radiomed.firstShare()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(0.001));
        Sensitivity.PairFlip tie = s.flips().get(0);
        assertThat(tie.ahead()).isEqualTo(KUVAPILVI);
        assertThat(tie.behind()).isEqualTo(RADIOMED);
        // Kuvapilvi's gaps are medium and low, Radiomed's high: weighing medium more, or high less, reverses them.
        assertThat(tie.byOneWeight()).extracting(v -> v.name() + " " + v.factor())
                .contains("MEDIUM 1.25", "HIGH 0.75");
        assertThat(s.scenarios()).anySatisfy(sc -> {
            assertThat(sc.variation().weight()).isEqualTo(Variation.Weight.SEVERITY);
            assertThat(sc.first()).containsExactly(RADIOMED);
        });
        // The offers below the two leaders never reach first place, and the rejected offer stays last.
        assertThat(s.standings().get(2).bestRank()).isEqualTo(3);
        assertThat(s.standings().get(3)).extracting(Sensitivity.Standing::bestRank, Sensitivity.Standing::worstRank)
                .containsExactly(4, 4);
        assertThat(s.flips()).noneMatch(f -> f.behind().equals(ATLANTIC) || f.ahead().equals(ATLANTIC));
    }

    @Test
    void sensitivity_isDeterministicWithItsSeed_andTheSeedIsReported() {
        SensitivitySettings settings = new SensitivitySettings(0.25, 300, 7);
        Sensitivity first = TenderComparison.compare(lot, RuleTesting.CHECKER.catalog(), Policy.defaults(), settings)
                .sensitivity();
        Sensitivity again = TenderComparison.compare(lot, RuleTesting.CHECKER.catalog(), Policy.defaults(), settings)
                .sensitivity();
        assertThat(again).isEqualTo(first);
        Sensitivity otherSeed = TenderComparison.compare(lot, RuleTesting.CHECKER.catalog(), Policy.defaults(),
                new SensitivitySettings(0.25, 300, 8)).sensitivity();
        assertThat(otherSeed.standings().get(0).firstShare()).isNotEqualTo(first.standings().get(0).firstShare());
        assertThat(new String(ComparisonWriters.json(comparison), StandardCharsets.UTF_8))
                .contains("\"seed\" : 2026").contains("\"draws\" : 1000").contains("\"range\" : 0.25")
                .contains("\"format\" : \"cyberprocure-comparison/1\"");
    }

    @Test
    void aClearWinner_isNotFlagged() throws Exception {
        List<Offer> clear = Stream.of("cloud-strong.json", "cloud-vendor.json", "cloud-weak.json")
                .map(f -> Offer.evaluated(f, RuleTesting.CHECKER.evaluate(SampleReportTest.readSample(f), CONTEXT)))
                .toList();
        TenderComparison c = TenderComparison.compare(clear, RuleTesting.CHECKER.catalog(), Policy.defaults(),
                SensitivitySettings.defaults());
        assertThat(c.ranking().get(0).source()).isEqualTo("cloud-strong.json");
        Sensitivity s = c.sensitivity();
        assertThat(s.winnerHolds()).isTrue();
        assertThat(s.rankingHolds()).isTrue();
        assertThat(s.flips()).isEmpty();
        assertThat(s.standings().get(0).firstShare()).isEqualTo(1.0);
        assertThat(s.standings()).allSatisfy(st -> assertThat(st.bestRank()).isEqualTo(st.worstRank()));
        assertThat(SampleReportTest.text(pdf(c, Locale.ENGLISH)))
                .contains("The ranking holds under every tested weighting");
    }

    @Test
    void mixedProfiles_areRefused_namingTheOffersAndTheirProfiles() {
        List<Offer> mixed = new ArrayList<>(lot);
        mixed.add(Offer.evaluated("medical-device.json", SampleReportTest.evaluateSample("medical-device.json")));
        assertThatThrownBy(() -> TenderComparison.compare(mixed, RuleTesting.CHECKER.catalog(), Policy.defaults(),
                SensitivitySettings.defaults()))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.WRONG_PROFILE);
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.source()).isEqualTo("medical-device.json");
                    assertThat(e.getMessage()).contains("profile medical-device")
                            .contains("cloud-migration (atlantic-imaging.json, chmura-medyczna.json")
                            .contains("compare each profile separately");
                });
    }

    @Test
    void invalidAndUnreadInputs_areListedWithTheirReason_butNotRanked() throws Exception {
        List<Offer> inputs = new ArrayList<>(lot);
        inputs.add(Offer.invalid("offer-e.json", "offer-e.json at /answers/3/value: 'ja' is not a valid answer"));
        inputs.add(Offer.notRead("offer-f.xlsx", "the file is empty"));
        TenderComparison c = TenderComparison.compare(inputs, RuleTesting.CHECKER.catalog(), Policy.defaults(),
                new SensitivitySettings(0.25, 50, 1));
        assertThat(c.ranking()).hasSize(4);
        assertThat(c.inputs()).extracting(Offer::fate).containsExactly(Offer.Fate.EVALUATED, Offer.Fate.EVALUATED,
                Offer.Fate.EVALUATED, Offer.Fate.EVALUATED, Offer.Fate.INVALID, Offer.Fate.NOT_READ);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ComparisonWriters.rankingCsv(c, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8))
                .contains(",offer-e.json,INVALID,offer-e.json at /answers/3/value: 'ja' is not a valid answer,")
                .contains(",offer-f.xlsx,NOT_READ,the file is empty,")
                .contains("1,Kuvapilvi Oy,kuvapilvi.json,EVALUATED,,TENDER-2026-060-PACS-KUVAPILVI");
        assertThat(SampleReportTest.text(pdf(c, Locale.ENGLISH))).contains("offer-f.xlsx Not read the file is empty")
                .contains("offer-e.json Invalid");
    }

    @Test
    void matrixCsv_hasOneStatusColumnPerOfferInRankingOrder() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ComparisonWriters.matrixCsv(comparison, csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFdomain,requirement,title,severity,knock-out,offers differ,"
                + "1. Kuvapilvi Oy,2. Radiomed Cloud GmbH,3. Chmura Medyczna Sp. z o.o. \u2014 Zakład Łódź,"
                + "4. Atlantic Imaging Cloud Ltd");
        assertThat(lines).anyMatch(l -> l.contains(",GDPR-44,") && l.endsWith(",CRITICAL,yes,yes,MET,MET,"
                + "PARTIALLY_MET,NOT_MET"));
        assertThat(lines).hasSize(1 + lot.get(0).assessment().findings().size());
    }

    @Test
    void pdf_conformsToPdfA3aAndPdfUa1_inEnglishAndGerman_andRepeatsByteForByte() throws Exception {
        byte[] english = pdf(comparison, Locale.ENGLISH);
        assertThat(PdfConformanceTest.failures(english, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfConformanceTest.failures(english, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(pdf(comparison, Locale.ENGLISH)).isEqualTo(english);
        byte[] german = pdf(comparison, Locale.GERMAN);
        assertThat(PdfConformanceTest.failures(german, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(SampleReportTest.text(german)).contains("Angebotsvergleich").contains("Teilweise erfüllt");
    }

    @Test
    void pdf_showsRankingMatrixChartsAndSensitivity_inWords() throws Exception {
        byte[] pdf = pdf(comparison, Locale.ENGLISH);
        Files.write(Path.of("target", "lot-pacs-comparison.pdf"), pdf); // to look at (docs/images)
        String text = SampleReportTest.text(pdf);
        assertThat(text).contains("Offer comparison").contains("4 offers of profile cloud-migration")
                .contains("1 Kuvapilvi Oy").contains("Accept with conditions").contains("GDPR-44")
                .contains("The first place depends on the weighting: Kuvapilvi Oy ranks first under the policy")
                .contains("random seed 2026").contains("Partially met").contains("Not met")
                .contains("Not applicable to any offer: CRA-AI-P1-1")
                .contains("weight of Medium requirements +25").contains("Pairs whose order changes")
                .contains("One pair of offers changes order");
        assertThat(SampleReportTest.bookmarks(pdf)).contains("Ranking", "Requirements by offer",
                "Domain scores side by side", "Weight sensitivity", "Inputs and what became of them");
        try (var doc = SampleReportTest.open(pdf)) {
            // The matrix is on landscape pages.
            assertThat(doc.getPage(2).getPageSize().getWidth()).isGreaterThan(doc.getPage(2).getPageSize()
                    .getHeight());
            assertThat(doc.getPage(1).getPageSize().getWidth()).isLessThan(doc.getPage(1).getPageSize().getHeight());
        }
    }

    @Test
    void fiftyOffers_splitTheMatrixIntoTablesOfAtMostTenOffers_onLandscapePages() throws Exception {
        TenderComparison c = generatedLot(50, 100);
        assertThat(c.ranking()).hasSize(50);
        assertThat(c.ranking()).extracting(RankingRow::offer).doesNotHaveDuplicates();
        byte[] pdf = pdf(c, Locale.ENGLISH);
        Files.write(Path.of("target", "fifty-offers-comparison.pdf"), pdf); // to look at
        List<String> pages = SampleReportTest.pages(pdf);
        for (int from = 1; from <= 41; from += 10) {
            String table = "Offers " + from + " to " + (from + 9) + " of 50";
            assertThat(pages).as(table).anyMatch(p -> p.contains(table));
        }
        try (var doc = SampleReportTest.open(pdf)) {
            // Every page of a split table repeats the requirement column and the offers' headings.
            int landscape = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                if (doc.getPage(page).getPageSize().getWidth() > doc.getPage(page).getPageSize().getHeight()) {
                    landscape++;
                    assertThat(pages.get(page - 1)).as("page %d", page).contains("Requirement");
                }
            }
            assertThat(landscape).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void twelveOffers_inTwoMatrixTables_stayPdfUaConformant() throws Exception {
        TenderComparison c = generatedLot(12, 50);
        byte[] pdf = pdf(c, Locale.ENGLISH);
        assertThat(SampleReportTest.text(pdf)).contains("Offers 1 to 6 of 12").contains("Offers 7 to 12 of 12");
        assertThat(PdfConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static TenderComparison generatedLot(int size, int draws) {
        Questionnaire base = RuleTesting.CHECKER.reader().read(LOT.resolve("kuvapilvi.json"));
        List<Offer> offers = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            offers.add(Offer.evaluated("offer-" + i + ".json", RuleTesting.CHECKER.evaluate(varied(base, i), CONTEXT)));
        }
        return TenderComparison.compare(offers, RuleTesting.CHECKER.catalog(), Policy.defaults(),
                new SensitivitySettings(0.25, draws, 3));
    }

    /** The base questionnaire from another vendor with about one answer in eight changed to another valid value. */
    private static Questionnaire varied(Questionnaire base, int seed) {
        Random random = new Random(seed);
        List<Answer> answers = new ArrayList<>();
        for (Answer a : base.answers()) {
            Question question = RuleTesting.CHECKER.catalog().question(a.questionId()).orElseThrow();
            List<String> accepted = switch (question.type()) {
                case DATE, NUMBER, TEXT -> List.of(); // no fixed set of values to pick from
                default -> question.acceptedValues();
            };
            String value = !accepted.isEmpty() && random.nextInt(8) == 0
                    ? accepted.get(random.nextInt(accepted.size())) : a.value();
            answers.add(new Answer(a.questionId(), value, a.comment(), a.evidence(), a.location()));
        }
        return new Questionnaire(base.id() + "-" + seed, base.profile(), base.submitted(),
                new Vendor("Hospital Imaging Cloud Services Number " + seed + " GmbH & Co. KG", "DE", ""),
                base.product(), answers);
    }

    @Test
    void librarySnippet_runs_andDocsShowIt(@TempDir Path dir) throws Exception {
        ComplianceChecker checker = RuleTesting.CHECKER;
        List<Path> files;
        try (Stream<Path> listing = Files.list(LOT)) {
            files = listing.sorted().toList();
        }
        Path pdfFile = dir.resolve("comparison.pdf");
        Path jsonFile = dir.resolve("comparison.json");
        // DOCS-BEGIN
        EvaluationContext context = EvaluationContext.defaults().withContractEnd(LocalDate.of(2031, 12, 31));
        List<Offer> offers = new ArrayList<>();
        for (Path file : files) {
            try {
                offers.add(Offer.evaluated(file.toString(), checker.evaluate(checker.reader().read(file), context)));
            } catch (InputRejectedException e) {
                offers.add(Offer.invalid(file.toString(), e.getMessage()));
            }
        }
        TenderComparison comparison = TenderComparison.compare(offers, checker.catalog(), context.policy(),
                new SensitivitySettings(0.25, 1_000, 2026L));
        System.out.println(comparison.ranking().get(0).offer() + " first; ranking holds: "
                + comparison.sensitivity().rankingHolds());
        try (OutputStream out = Files.newOutputStream(pdfFile)) {
            new ComparisonPdfRenderer(Locale.ENGLISH).render(comparison, out);
        }
        Files.write(jsonFile, ComparisonWriters.json(comparison));
        // DOCS-END
        assertThat(comparison.ranking().get(0).offer()).isEqualTo(KUVAPILVI);
        assertThat(Files.size(pdfFile)).isPositive();
        assertThat(Files.readString(jsonFile)).contains("\"rankingHolds\" : false");

        String source = Files.readString(Path.of("src", "test", "java", "org", "cyberprocure", "rules",
                "TenderComparisonTest.java"));
        String snippet = source.substring(source.indexOf("// DOCS-BEGIN") + "// DOCS-BEGIN".length(),
                source.indexOf("// DOCS-END"));
        String doc = Files.readString(SampleReportTest.EXAMPLES.resolveSibling("comparison.md"));
        assertThat(strip(doc)).contains(strip(snippet).strip());
    }

    private static String strip(String text) {
        return text.lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n"));
    }

    static byte[] pdf(TenderComparison c, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonPdfRenderer(locale).render(c, out);
        return out.toByteArray();
    }
}
