package org.cyberprocure.cli.serve.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;
import org.cyberprocure.Waivers;
import org.cyberprocure.cli.InputOptions;
import org.cyberprocure.cli.serve.ServeContext;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.report.AuditRecord;

/**
 * The parameters of a request, from the query string or from multipart text fields (either works; the query wins).
 * Unknown parameters are refused with 400, so a misspelt option never passes silently. Every value is checked
 * here, before any work; a bad value is a 400 problem that names the parameter.
 */
final class Params {
    /** Parameters of every evaluating endpoint: the evaluation context and how to read vendor forms. */
    static final List<String> EVALUATION = List.of("asOf", "contractEnd", "hospitalCountry", "inputFormat",
            "vendorName", "vendorCountry", "productName", "productVersion", "questionnaireId", "certification",
            "submitted", "lang", "format");

    private final Context ctx;
    private final ServeContext context;

    private Params(Context ctx, ServeContext context, List<String> allowed) {
        this.ctx = ctx;
        this.context = context;
        Set<String> given = new LinkedHashSet<>(ctx.queryParamMap().keySet());
        if (ctx.isMultipartFormData()) {
            given.addAll(ctx.formParamMap().keySet());
            given.removeAll(ctx.uploadedFileMap().keySet()); // file fields: checked by Uploads
        }
        for (String name : given) {
            if (!allowed.contains(name)) {
                throw new BadRequestResponse("unknown parameter '" + name + "'; this endpoint takes "
                        + String.join(", ", allowed));
            }
        }
    }

    static Params of(Context ctx, ServeContext context, List<String> allowed) {
        return new Params(ctx, context, allowed);
    }

    /** The value, or null when absent or blank. */
    String get(String name) {
        String value = ctx.queryParam(name);
        if (value == null && ctx.isMultipartFormData()) {
            value = ctx.formParam(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    LocalDate date(String name) {
        String value = get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        throw new BadRequestResponse(name + " must be one of " + String.join(", ", Arrays.stream(
                type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())
                + ", not '" + value + "'");
    }

    long number(String name, long fallback, long min, long max) {
        String value = get(name);
        try {
            long n = value == null ? fallback : Long.parseLong(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number from " + min + " to " + max + ", not '"
                    + value + "'");
        }
    }

    double decimal(String name, double fallback, double minExclusive, double maxExclusive) {
        String value = get(name);
        try {
            double d = value == null ? fallback : Double.parseDouble(value);
            if (!(d > minExclusive && d < maxExclusive)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a number above " + minExclusive + " and below "
                    + maxExclusive + ", not '" + value + "'");
        }
    }

    /** How uploaded questionnaires and vendor forms are read (the command line's --input-format and form options). */
    InputOptions input() {
        return InputOptions.of(choice("inputFormat", InputOptions.InputFormat.class, InputOptions.InputFormat.AUTO),
                get("vendorName"), get("vendorCountry"), get("productName"), get("productVersion"),
                get("questionnaireId"), choice("certification", InputOptions.Certification.class, null),
                date("submitted"));
    }

    /**
     * The language: {@code lang}, else the best of Accept-Language that the catalog has texts in, else the server's.
     */
    Locale language() {
        Translations translations = context.checker().catalog().translations();
        String lang = get("lang");
        if (lang != null) {
            Locale locale = Locale.forLanguageTag(lang);
            if (!translations.supports(locale)) {
                throw new BadRequestResponse("lang " + lang + ": no texts in this language (languages: "
                        + String.join(", ", translations.languages()) + ")");
            }
            return locale;
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            try {
                List<Locale> supported = translations.languages().stream().map(Locale::forLanguageTag).toList();
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), supported);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                // A malformed header: the server's language, as for a header naming none of ours.
            }
        }
        return context.language();
    }

    /** The hospital's settings of an evaluation: uploaded policy and waivers, dates and country. */
    record Evaluation(EvaluationContext context, boolean hospitalPolicy, List<AuditRecord.InputFile> files) {
    }

    /**
     * The evaluation context: the uploaded policy (field {@code policy}) or the server's, the uploaded waivers, and
     * the dates and country given. A bad policy or waiver file is the client's: 400 with what is wrong in it.
     */
    Evaluation evaluation(List<Path> policyUpload, List<Path> waiverUpload) throws IOException {
        List<AuditRecord.InputFile> files = new ArrayList<>();
        Policy policy = context.policy();
        boolean hospitalPolicy = !"built-in".equals(context.policyName());
        try {
            if (!policyUpload.isEmpty()) {
                Path file = policyUpload.get(0);
                try (InputStream in = Files.newInputStream(file)) {
                    policy = Policy.read(in, file.getFileName().toString());
                }
                policy.checkAgainst(context.checker().catalog());
                files.add(AuditRecord.InputFile.of("policy", file));
                hospitalPolicy = true;
            }
            Waivers waivers = Waivers.none();
            if (!waiverUpload.isEmpty()) {
                Path file = waiverUpload.get(0);
                try (InputStream in = Files.newInputStream(file)) {
                    waivers = Waivers.read(in, file.getFileName().toString());
                }
                files.add(AuditRecord.InputFile.of("waivers", file));
            }
            String country = get("hospitalCountry");
            EvaluationContext evaluation;
            try {
                evaluation = new EvaluationContext(date("asOf"), date("contractEnd"), policy, null, waivers);
                if (country != null) {
                    evaluation = evaluation.withHospitalCountry(country);
                }
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            return new Evaluation(evaluation, hospitalPolicy, files);
        } catch (ConfigurationException e) {
            throw new InvalidSettings(e.getMessage());
        }
    }

    /** A policy or waiver file sent by the client that cannot be used: 400, with the library's message. */
    static final class InvalidSettings extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidSettings(String message) {
            super(message);
        }
    }
}
