package org.cyberprocure.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Vendor;

/**
 * Collects what a parser read (header fields and raw answers, each with its location) and builds the
 * questionnaire, reporting every problem at once. Shared by the JSON and CSV readers so that both formats
 * accept exactly the same content.
 */
final class QuestionnaireAssembler {
    /** A value with where it was read. */
    record Located(String value, SourceLocation location) {
    }

    private final String source;
    private final int maxAnswers;
    private final Map<MetaField, Located> fields = new EnumMap<>(MetaField.class);
    private final List<Answer> answers = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    QuestionnaireAssembler(String source, int maxAnswers) {
        this.source = source;
        this.maxAnswers = maxAnswers;
    }

    /** Records a header field; a second value for the same field is a problem. */
    void field(MetaField field, String value, SourceLocation location) {
        Located previous = fields.putIfAbsent(field, new Located(value.strip(), location));
        if (previous != null) {
            problem(Reason.INVALID_FIELD, location, field.csvKey + " is given twice (first at "
                    + previous.location().describe() + ")");
        }
    }

    /** Records an answer; one more than the limit stops reading at once. */
    void answer(Answer answer) {
        if (answers.size() == maxAnswers) {
            throw new InputRejectedException(Reason.TOO_LARGE, answer.location(),
                    "more than " + maxAnswers + " answers, the reader's limit");
        }
        answers.add(answer);
    }

    void problem(Reason reason, SourceLocation location, String message) {
        problems.add(new Problem(reason, location, message));
    }

    Questionnaire build(Catalog catalog) {
        Header header = header();
        List<Answer> checked = header.profile().map(p -> checkAnswers(catalog, p)).orElse(List.of());
        header.submitted().ifPresent(date ->
                problems.addAll(QuestionnaireValidator.futurePastEvents(catalog, checked, date)));
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        return new Questionnaire(text(MetaField.ID), header.profile().orElseThrow(), header.submitted().orElseThrow(),
                new Vendor(text(MetaField.VENDOR_NAME), text(MetaField.VENDOR_COUNTRY),
                        text(MetaField.VENDOR_CONTACT)),
                new Product(text(MetaField.PRODUCT_NAME), text(MetaField.PRODUCT_VERSION), header.kind().orElseThrow()),
                checked);
    }

    /**
     * The header problems of a questionnaire built in code: its fields go through the same checks as a file's
     * (required, lengths, country code, submission date range, product kind fitting the profile), located by the
     * JSON pointer the field would have in a file.
     */
    static List<Problem> headerProblems(Questionnaire questionnaire, String source) {
        QuestionnaireAssembler assembler = new QuestionnaireAssembler(source, Integer.MAX_VALUE);
        for (MetaField field : MetaField.values()) {
            assembler.field(field, field.read.apply(questionnaire), SourceLocation.jsonPointer(source,
                    field.jsonPointer));
        }
        assembler.header();
        return assembler.problems;
    }

    private record Header(Optional<Profile> profile, Optional<LocalDate> submitted, Optional<ProductKind> kind) {
    }

    private Header header() {
        for (MetaField f : MetaField.values()) {
            if (f.required && (!fields.containsKey(f) || fields.get(f).value().isEmpty())) {
                problem(Reason.INVALID_FIELD, fields.containsKey(f) ? fields.get(f).location()
                        : SourceLocation.of(source), "required field " + f.csvKey + " is missing or empty");
            }
        }
        checkLengthsAndCountry();
        Optional<Profile> profile = value(MetaField.PROFILE).flatMap(p -> parse(MetaField.PROFILE,
                Profile.byId(p), "expected one of: cloud-migration, medical-device"));
        Optional<LocalDate> submitted = value(MetaField.SUBMITTED).flatMap(this::submittedDate);
        Optional<ProductKind> kind = value(MetaField.PRODUCT_KIND).flatMap(k -> parse(MetaField.PRODUCT_KIND,
                productKind(k), "expected one of: CLOUD_SERVICE, MEDICAL_DEVICE, SOFTWARE_PRODUCT"));
        if (profile.isPresent() && kind.isPresent() && !profile.get().accepts(kind.get())) {
            problem(Reason.WRONG_PROFILE, fields.get(MetaField.PRODUCT_KIND).location(), "product kind "
                    + kind.get() + " does not fit the " + profile.get() + " profile; expected one of: "
                    + profile.get().productKinds().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return new Header(profile, submitted, kind);
    }

    /** The same bounds the JSON schema states, so CSV accepts exactly what JSON accepts. */
    private void checkLengthsAndCountry() {
        fields.forEach((field, located) -> {
            if (located.value().length() > field.maxLength) {
                problem(Reason.TOO_LARGE, located.location(),
                        field.csvKey + " is longer than " + field.maxLength + " characters");
            }
            QuestionnaireValidator.hiddenCharacter(field.csvKey, located.value(), located.location())
                    .ifPresent(problems::add);
        });
        value(MetaField.VENDOR_COUNTRY).filter(c -> !c.matches("[A-Z]{2}")).ifPresent(c ->
                problem(Reason.INVALID_FIELD, fields.get(MetaField.VENDOR_COUNTRY).location(),
                        "'" + c + "' is not an ISO 3166-1 alpha-2 country code (e.g. PL, DE, GR)"));
    }

    private List<Answer> checkAnswers(Catalog catalog, Profile profile) {
        List<Problem> answerProblems = new ArrayList<>();
        List<Answer> checked = QuestionnaireValidator.checkAnswers(catalog, profile, answers, answerProblems);
        problems.addAll(answerProblems);
        return checked;
    }

    private Optional<String> value(MetaField field) {
        Located located = fields.get(field);
        return located == null || located.value().isEmpty() ? Optional.empty() : Optional.of(located.value());
    }

    private String text(MetaField field) {
        return value(field).orElse("");
    }

    private <T> Optional<T> parse(MetaField field, Optional<T> parsed, String expected) {
        if (parsed.isEmpty()) {
            problem(Reason.INVALID_FIELD, fields.get(field).location(),
                    "'" + fields.get(field).value() + "' is not a valid " + field.csvKey + "; " + expected);
        }
        return parsed;
    }

    private Optional<LocalDate> submittedDate(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(QuestionnaireValidator.EARLIEST) || date.isAfter(QuestionnaireValidator.LATEST)) {
                return parse(MetaField.SUBMITTED, Optional.empty(), "expected a date between "
                        + QuestionnaireValidator.EARLIEST + " and " + QuestionnaireValidator.LATEST);
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            return parse(MetaField.SUBMITTED, Optional.empty(), "expected a date as YYYY-MM-DD");
        }
    }

    private static Optional<ProductKind> productKind(String value) {
        try {
            return Optional.of(ProductKind.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
