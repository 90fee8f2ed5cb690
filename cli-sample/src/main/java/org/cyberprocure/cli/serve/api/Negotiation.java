package org.cyberprocure.cli.serve.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which representation a request gets: the {@code format} parameter when given, else the first media type of the
 * {@code Accept} header (by quality) that the endpoint has, else the endpoint's first format. An Accept header that
 * names none of them (and no wildcard) is answered 406.
 */
final class Negotiation {
    /** Media types of the formats; {@code oscal} is JSON too, so Accept never selects it (ask with format=oscal). */
    static final Map<String, String> MEDIA_TYPES = new LinkedHashMap<>();

    static {
        MEDIA_TYPES.put("json", "application/json");
        MEDIA_TYPES.put("pdf", "application/pdf");
        MEDIA_TYPES.put("csv", "text/csv");
        MEDIA_TYPES.put("text", "text/plain");
        MEDIA_TYPES.put("jsonl", "application/x-ndjson");
        MEDIA_TYPES.put("oscal", "application/json");
    }

    private Negotiation() {
    }

    /** The format name, one of {@code formats} (the first is the default). */
    static String choose(Context ctx, Params params, List<String> formats) {
        String asked = params.get("format");
        if (asked != null) {
            String format = asked.toLowerCase(Locale.ROOT);
            if (!formats.contains(format)) {
                throw new BadRequestResponse("format must be one of " + String.join(", ", formats) + ", not '"
                        + asked + "'");
            }
            return format;
        }
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return formats.get(0);
        }
        record Range(String type, double quality) {
            int specificity() {
                return type.equals("*/*") ? 0 : type.endsWith("/*") ? 1 : 2;
            }
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(pieces[0].strip().toLowerCase(Locale.ROOT), q));
        }
        // Highest quality first, then the most specific (RFC 9110: a type beats type/*, which beats */*).
        ranges.sort(Comparator.comparingDouble(Range::quality).thenComparingInt(Range::specificity).reversed());
        for (Range range : ranges) {
            if (range.quality() <= 0) {
                continue;
            }
            for (String format : formats) {
                if (format.equals("oscal")) {
                    continue;
                }
                String type = MEDIA_TYPES.get(format);
                if (range.type().equals(type) || range.type().equals("*/*")
                        || range.type().equals(type.substring(0, type.indexOf('/')) + "/*")) {
                    return format;
                }
            }
        }
        throw new HttpResponseException(406, "this endpoint answers with " + String.join(", ", formats.stream()
                .map(MEDIA_TYPES::get).distinct().toList()) + " (Accept: " + accept.strip() + "); or ask with the "
                + "format parameter");
    }
}
