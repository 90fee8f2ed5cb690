package org.cyberprocure.tender;

import java.util.Objects;
import org.cyberprocure.model.Severity;
import org.cyberprocure.report.ReportLabels;

/**
 * One weight of the policy, varied.
 *
 * @param weight which weight: a severity weight, a domain weight or the partial credit
 * @param name   the severity (e.g. {@code HIGH}), the domain, or {@code partial credit}
 * @param factor the factor applied to the policy's value (0.75 is −25 %)
 * @param value  the value that results: a severity weight, a domain weight (1 is the policy's) or a partial credit
 */
public record Variation(Weight weight, String name, double factor, double value) {

    /** The kinds of weight that are varied. */
    public enum Weight {
        /** The weight of every requirement of one severity. */
        SEVERITY,
        /** The weight of every requirement of one report domain (the policy weighs every domain 1). */
        DOMAIN,
        /** The share of the weight a partly met requirement earns. */
        PARTIAL_CREDIT
    }

    public Variation {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(name, "name");
    }

    /** e.g. {@code HIGH weight ×0.75 (2.25)}: English, for logs and the terminal; reports use their labels. */
    public String describe() {
        String what = switch (weight) {
            case SEVERITY -> name + " weight";
            case DOMAIN -> "domain '" + name + "'";
            case PARTIAL_CREDIT -> "partial credit";
        };
        return what + String.format(java.util.Locale.ROOT, " %+.0f %% (%s)", (factor - 1) * 100,
                trim(value));
    }

    /**
     * The variation in the language of {@code labels} (keys {@code compare.weight.*}), e.g.
     * {@code Gewicht der Anforderungen mit Schweregrad Hoch −25 % (2,25)}; the domain by its name in that language.
     */
    public String describe(ReportLabels labels) {
        String shown = switch (weight) {
            case SEVERITY -> labels.severity(Severity.valueOf(name));
            case DOMAIN -> labels.domain(name);
            case PARTIAL_CREDIT -> "";
        };
        double percent = Math.round((factor - 1) * 1000) / 10.0;
        String change = (percent < 0 ? "\u2212" : "+") + labels.number(Math.abs(percent)) + "\u00a0%";
        return labels.get("compare.weight." + weight.name(), shown, change, labels.number(value));
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
