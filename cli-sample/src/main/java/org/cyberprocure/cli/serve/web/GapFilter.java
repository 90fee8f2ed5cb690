package org.cyberprocure.cli.serve.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;
import org.cyberprocure.report.ReportModel;

/**
 * The gap register's filters, from the page's query: status ({@code gaps}, the default, for every gap; {@code all};
 * or one status), severity, legal force and domain (empty for any). An unknown value filters nothing and is not
 * echoed back, so an address typed by hand cannot break the page.
 *
 * @param status   {@code gaps}, {@code all} or a {@link Status} name
 * @param severity a {@link Severity} name, or empty
 * @param force    a {@link LegalForce} name, or empty
 * @param domain   a domain of the assessment, or empty
 */
public record GapFilter(String status, String severity, String force, String domain) {
    public static final String GAPS = "gaps";
    public static final String ALL = "all";

    /** The filters of a query (first value of each parameter), unknown values dropped. */
    public static GapFilter of(Map<String, List<String>> query, List<String> domains) {
        String status = first(query, "status");
        if (!status.equals(ALL) && !isEnum(Status.class, status)) {
            status = GAPS;
        }
        String severity = first(query, "severity");
        String force = first(query, "force");
        String domain = first(query, "domain");
        return new GapFilter(status, isEnum(Severity.class, severity) ? severity : "",
                isEnum(LegalForce.class, force) ? force : "", domains.contains(domain) ? domain : "");
    }

    /** The rows the filters let through, most severe first. */
    public List<ReportModel.FindingRow> apply(ReportModel model) {
        List<ReportModel.FindingRow> rows = new ArrayList<>(model.rows().stream().filter(r -> keeps(r.finding()))
                .toList());
        rows.sort(ReportModel.MOST_SEVERE_FIRST);
        return rows;
    }

    boolean keeps(Finding f) {
        boolean statusOk = switch (status) {
            case GAPS -> f.status().isGap();
            case ALL -> true;
            default -> f.status().name().equals(status);
        };
        return statusOk && (severity.isEmpty() || f.severity().name().equals(severity))
                && (force.isEmpty() || f.legalForce().name().equals(force))
                && (domain.isEmpty() || f.domain().equals(domain));
    }

    public List<Status> statuses() {
        return Arrays.asList(Status.values());
    }

    public List<Severity> severities() {
        return Arrays.asList(Severity.values());
    }

    public List<LegalForce> forces() {
        return Arrays.asList(LegalForce.values());
    }

    private static String first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0)).orElse("").strip();
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
    }
}
