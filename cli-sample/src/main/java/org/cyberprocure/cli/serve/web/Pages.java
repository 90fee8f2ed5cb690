package org.cyberprocure.cli.serve.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.tender.Sensitivity;
import org.cyberprocure.tender.TenderComparison;
import org.cyberprocure.tender.Variation;

/**
 * Renders the workbench's pages from the templates in {@code src/main/jte}, compiled to classes at build time
 * (ADR 0031): HTML output is escaped by the engine, so vendor text (names, comments, rationales) is shown, never
 * run. The static helpers are what the templates call to lay values out.
 */
public final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "org.cyberprocure.cli.serve.web.jte");

    private Pages() {
    }

    /**
     * Renders a page.
     *
     * @param template   the template's name, e.g. {@code lot.jte}
     * @param parameters its parameters in pairs: name, value, name, value...
     * @return the HTML
     */
    public static String render(String template, Object... parameters) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put((String) parameters[i], parameters[i + 1]);
        }
        StringOutput out = new StringOutput();
        ENGINE.render(template, map, out);
        return out.toString();
    }

    /** Where a problem is, with the uploaded file's name instead of the stored file's path. */
    public static String where(SourceLocation location, String fileName) {
        return new SourceLocation(fileName, location.line(), location.column(), location.pointer(), location.sheet())
                .describe();
    }

    /** The knock-out criteria that decide an offer: not met, then not answered. */
    public static String knockOutIds(Assessment assessment) {
        return String.join(", ", Stream.concat(assessment.findings().stream().filter(Finding::knockOutHit),
                assessment.findings().stream().filter(Finding::knockOutOpen)).map(Finding::requirementId).toList());
    }

    /** The lot's offers that were evaluated, in upload order. */
    public static List<LotOffer> evaluatedOffers(Lot lot) {
        return lot.offers().stream().filter(LotOffer::evaluated).toList();
    }

    /** Requirement ids that are a gap in some offer of the lot, sorted: what a waiver can name. */
    public static List<String> gapRequirementIds(Lot lot) {
        TreeSet<String> ids = new TreeSet<>();
        evaluatedOffers(lot).forEach(o -> o.assessment().findings().stream().filter(f -> f.status().isGap())
                .forEach(f -> ids.add(f.requirementId())));
        return List.copyOf(ids);
    }

    /** A waiver id not used in the lot yet, e.g. {@code W-3}. */
    public static String nextWaiverId(Lot lot) {
        int n = lot.waivers().waivers().size() + 1;
        while (true) {
            String id = "W-" + n;
            if (lot.waivers().waivers().stream().noneMatch(w -> w.id().equals(id))) {
                return id;
            }
            n++;
        }
    }

    public static String today() {
        return LocalDate.now().toString();
    }

    /** A value for a query string. */
    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** How an offer stands across the tested weightings. */
    public static Sensitivity.Standing standing(TenderComparison comparison, String offer) {
        return comparison.sensitivity().standings().stream().filter(s -> s.offer().equals(offer)).findFirst()
                .orElseThrow();
    }

    /** A varied weight in the page's words, e.g. "Severity high −25 % (2.25)". */
    public static String variation(Ui ui, Variation v) {
        String what = switch (v.weight()) {
            case SEVERITY -> ui.t("compare.weight.severity", v.name());
            case DOMAIN -> ui.t("compare.weight.domain", v.name());
            case PARTIAL_CREDIT -> ui.t("compare.weight.partial");
        };
        long percent = Math.round((v.factor() - 1) * 100);
        return what + " " + (percent >= 0 ? "+" : "−") + Math.abs(percent) + " %";
    }
}
