package org.cyberprocure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.model.Decision;
import org.cyberprocure.report.ReportLabels;
import org.cyberprocure.cli.FileOutcome.Kind;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.report.pdf.ComparisonPdfRenderer;
import org.cyberprocure.tender.ComparisonWriters;
import org.cyberprocure.tender.Offer;
import org.cyberprocure.tender.RankingRow;
import org.cyberprocure.tender.Sensitivity;
import org.cyberprocure.tender.SensitivitySettings;
import org.cyberprocure.tender.TenderComparison;
import org.cyberprocure.tender.Variation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare}: the offers of one lot in, a ranking with its weight sensitivity out. */
@Command(name = "compare", sortOptions = false,
        description = {"Compare the offers of one lot: evaluate every questionnaire or vendor form (a folder "
                + "as FILE reads every .json, .csv and .xlsx file in it), rank the offers, lay out the requirement "
                + "x offer matrix and test how the ranking holds when the policy's weights vary.",
                "Writes comparison.pdf, comparison.json, comparison-ranking.csv and comparison-matrix.csv into the "
                        + "output folder and prints the ranking. Every offer must be of one profile."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was evaluated and compared",
                        "1:internal error, or the output folder cannot be written",
                        "2:invalid input or usage (an invalid questionnaire, offers of several profiles, a bad option "
                                + "or policy, existing outputs without --force)",
                        "3:at least one input could not be read"})
final class CompareCommand implements Callable<Integer> {
    /** The output files, which a later run over the same folder skips as reports. */
    static final String PDF = "comparison.pdf";
    static final String JSON = "comparison.json";
    static final String RANKING_CSV = "comparison-ranking.csv";
    static final String MATRIX_CSV = "comparison-matrix.csv";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The offers: questionnaires (.json, .csv), MDS2 or CAIQ v4 forms (.xlsx, .csv) or folders of them.")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "comparison",
            description = "Output folder, created if missing (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--force", description = "Overwrite an existing comparison.")
    private boolean force;

    @Option(names = "--weight-range", paramLabel = "PERCENT", defaultValue = "25",
            description = "How far every weight varies in the sensitivity analysis, in percent of the policy's value "
                    + "(default: ${DEFAULT-VALUE}, i.e. ±25 %).")
    private double rangePercent;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "1000",
            description = "Monte-Carlo draws of the sensitivity analysis, 0 to 100000 (default: ${DEFAULT-VALUE}).")
    private int draws;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "2026",
            description = "Random seed of the draws; the same seed gives the same result (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private InputOptions input;

    @Mixin
    private EvaluationOptions evaluation;

    @Mixin
    private LanguageOptions language;

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = TerminalWriter.out(spec);
        if (!evaluation.sbomFiles.isEmpty() || !evaluation.vexFiles.isEmpty() || evaluation.failOn != null) {
            return usage("--sbom, --vex and --fail-on are options of evaluate and check: an SBOM or VEX document "
                    + "describes one product, and a comparison has no single decision");
        }
        if (!(rangePercent > 0 && rangePercent < 100)) {
            return usage("--weight-range must be above 0 and below 100 (percent of each weight), not " + rangePercent);
        }
        if (draws < 0 || draws > SensitivitySettings.MAX_DRAWS) {
            return usage("--draws must be between 0 and " + SensitivitySettings.MAX_DRAWS + ", not " + draws);
        }
        SensitivitySettings settings = new SensitivitySettings(rangePercent / 100, draws, seed);
        EvaluationContext context = evaluation.context(); // a bad policy stops here, before any work
        ComplianceChecker checker = CyberProcureCli.checker();
        context.policy().checkAgainst(checker.catalog());
        Texts texts = language.texts(checker.catalog(), TerminalWriter.err(spec)); // an unknown language stops here
        List<Path> targets = List.of(out.resolve(PDF), out.resolve(JSON), out.resolve(RANKING_CSV),
                out.resolve(MATRIX_CSV));
        for (Path target : targets) {
            if (!force && Files.exists(target)) {
                return usage("not overwritten: " + target + " exists (use --force)");
            }
        }

        List<FileOutcome> outcomes = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        for (Inputs.Entry entry : Inputs.expand(files)) {
            FileOutcome outcome = entry.outcome() != null ? entry.outcome() : evaluate(checker, context, entry.file());
            outcomes.add(outcome);
            offers.add(offer(outcome));
        }
        TenderComparison comparison;
        try {
            comparison = TenderComparison.compare(offers, checker.catalog(), context.policy(), settings);
        } catch (InputRejectedException e) {
            PrintWriter err = TerminalWriter.err(spec);
            err.println("error: the offers cannot be compared, nothing written:");
            e.problems().forEach(p -> err.println("  " + p.describe(texts)));
            err.flush();
            return CyberProcureCli.EXIT_INVALID_INPUT;
        }

        ReportFolder folder;
        try {
            folder = ReportFolder.open(out, note -> TerminalWriter.err(spec).println("note: " + note));
        } catch (ReportFolder.Unusable e) {
            TerminalWriter.err(spec).println("error: the output folder (--out) cannot be used: " + e.getMessage());
            return CyberProcureCli.EXIT_INTERNAL_ERROR;
        }
        ComparisonPdfRenderer pdf = new ComparisonPdfRenderer(texts);
        Map<Path, AtomicFiles.Content> set = new LinkedHashMap<>(); // published whole, as evaluate's sets (ADR 0014)
        set.put(targets.get(0), stream -> pdf.render(comparison, stream));
        set.put(targets.get(1), stream -> stream.write(ComparisonWriters.json(comparison)));
        set.put(targets.get(2), stream -> ComparisonWriters.rankingCsv(comparison, stream));
        set.put(targets.get(3), stream -> ComparisonWriters.matrixCsv(comparison, stream));
        try {
            folder.publish(set, force);
        } catch (FileAlreadyExistsException e) {
            return usage("not overwritten: " + e.getFile() + " exists (use --force)");
        }

        printRanking(stdout, comparison, texts);
        targets.forEach(t -> stdout.println(texts.text("cli.wrote", t.toString())));
        stdout.flush();
        return BatchSummary.exitCode(outcomes, decision -> false);
    }

    private FileOutcome evaluate(ComplianceChecker checker, EvaluationContext context, Path file) {
        try {
            return FileOutcome.evaluated(file, checker.evaluate(input.read(checker, file), context), List.of());
        } catch (InputRejectedException e) {
            return EvaluateCommand.rejected(file, e);
        } catch (RuntimeException e) {
            // A bug, not the vendor's fault: name it, keep going with the other offers.
            if (common.verbose) {
                e.printStackTrace(TerminalWriter.err(spec));
            }
            return FileOutcome.problem(file, Kind.FAILED, String.valueOf(e.getMessage()), List.of());
        }
    }

    /** What the comparison lists for an input: evaluated, invalid with its reason, or not read. */
    private static Offer offer(FileOutcome outcome) {
        String source = outcome.file().toString();
        return switch (outcome.kind()) {
            case EVALUATED -> Offer.evaluated(source, outcome.assessment());
            case INVALID -> Offer.invalid(source, outcome.describe());
            case UNREADABLE, SKIPPED, NOT_WRITTEN, FAILED -> Offer.notRead(source, outcome.describe());
        };
    }

    /**
     * The ranking and the sensitivity in the chosen language. English keeps the decision codes and the weights as
     * {@link Variation#describe()} names them, as scripts and docs/cli.md read them.
     */
    private static void printRanking(PrintWriter out, TenderComparison c, Texts texts) {
        ReportLabels labels = ReportLabels.of(texts);
        boolean english = texts.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        Locale numbers = english ? Locale.ROOT : texts.locale();
        Sensitivity s = c.sensitivity();
        Map<Offer.Fate, Long> fates = c.inputs().stream().collect(Collectors.groupingBy(Offer::fate,
                Collectors.counting()));
        out.println(texts.text("compare.text.inputs", c.inputs().size(),
                fates.getOrDefault(Offer.Fate.EVALUATED, 0L), fates.getOrDefault(Offer.Fate.INVALID, 0L),
                fates.getOrDefault(Offer.Fate.NOT_READ, 0L)));
        c.inputs().stream().filter(o -> o.fate() != Offer.Fate.EVALUATED)
                .forEach(o -> out.println("  " + clean(o.source()) + "  " + clean(o.reason())));
        if (c.ranking().isEmpty()) {
            out.println(texts.text("compare.text.noOffers"));
            return;
        }
        out.println(texts.text("compare.text.ranking", c.ranking().size(), c.profile().id(), c.policy()));
        int width = c.ranking().stream().mapToInt(r -> clean(r.offer()).length()).max().orElse(0);
        int decisionWidth = Math.max(22, c.ranking().stream()
                .mapToInt(r -> decision(r.decision(), labels, english).length()).max().orElse(0));
        for (RankingRow r : c.ranking()) {
            Sensitivity.Standing st = s.standings().stream().filter(x -> x.offer().equals(r.offer())).findFirst()
                    .orElseThrow();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %2d  %-" + width + "s  %-"
                    + decisionWidth + "s %7s", r.rank(), clean(r.offer()), decision(r.decision(), labels, english),
                    r.score() == null ? texts.text("diff.text.na") : texts.number(r.score()) + " %"));
            if (st.firstShare() > 0) {
                line.append("  ").append(texts.text("compare.text.firstShare",
                        String.format(numbers, "%.1f", st.firstShare() * 100)));
            }
            if (!r.failedKnockOuts().isEmpty()) {
                line.append("  ").append(texts.text("compare.text.failedKnockOuts",
                        String.join(", ", r.failedKnockOuts())));
            }
            if (!r.openKnockOuts().isEmpty()) {
                line.append("  ").append(texts.text("compare.text.openKnockOuts",
                        String.join(", ", r.openKnockOuts())));
            }
            out.println(line.toString().stripTrailing());
        }
        String range = texts.text("compare.text.range", String.format(numbers, "%.0f", s.settings().range() * 100),
                s.settings().draws(), s.settings().seed());
        if (s.rankingHolds()) {
            out.println(texts.text("compare.text.holds", range));
            return;
        }
        out.println(texts.text(s.winnerHolds() ? "compare.text.winnerHolds" : "compare.text.winnerChanges", range,
                s.flips().size()));
        for (Sensitivity.PairFlip f : s.flips().stream().limit(10).toList()) {
            List<Variation> by = f.byOneWeight().isEmpty() ? f.example() : f.byOneWeight();
            out.println("  " + texts.text(f.byOneWeight().isEmpty() ? "compare.text.flipCombination"
                    : "compare.text.flip", clean(f.ahead()), clean(f.behind()),
                    String.format(numbers, "%.1f", f.drawShare() * 100), by.stream()
                            .map(v -> english ? v.describe() : v.describe(labels)).collect(Collectors.joining(", "))));
        }
        if (s.flips().size() > 10) {
            out.println("  " + texts.text("compare.text.moreFlips", s.flips().size() - 10, JSON));
        }
    }

    private static String decision(Decision decision, ReportLabels labels, boolean english) {
        return english ? decision.name() : labels.decision(decision);
    }

    /** Vendor text on a terminal: control characters removed, bounded. */
    private static String clean(String text) {
        return SafeText.clean(text, SafeText.NAME_LIMIT);
    }

    private int usage(String message) {
        TerminalWriter.err(spec).println("error: " + message);
        TerminalWriter.err(spec).flush();
        return CyberProcureCli.EXIT_INVALID_INPUT;
    }
}
