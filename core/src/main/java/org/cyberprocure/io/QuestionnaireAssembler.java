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
import org.cyberprocure.model.Message;
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
            problem(Reason.INVALID_FIELD, location, "problem.field.twice", field.csvKey,
                    InputRejectedException.where(previous.location()));
        }
    }

    /** Records an answer; one more than the limit stops reading at once. */
    void answer(Answer answer) {
        if (answers.size() == maxAnswers) {
            throw InputRejectedException.of(Reason.TOO_LARGE, answer.location(), "problem.tooManyAnswers",
                    maxAnswers);
        }
        answers.add(answer);
    }

    /** Records a problem by its message key ({@code problems} bundle) and arguments. */
    void problem(Reason reason, SourceLocation location, String key, Object... arguments) {
        problems.add(Problem.of(reason, location, key, arguments));
    }

    Questionnaire build(Catalog catalog) {
        Header header = header();
        List<Answer> checked = header.profile().map(p -> checkAnswers(catalog, p)).orElse(List.of());
        header.submitted().ifPresent(date ->
                problems.addAll(QuestionnaireValidator.futurePastEvents(catalog, checked, date)));
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems.stream()
                    .sorted(java.util.Comparator.comparing(Problem::location, SourceLocation.readingOrder())).toList());
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
                        : SourceLocation.of(source), "problem.field.required", f.csvKey);
            }
        }
        checkLengthsAndCountry();
        checkPlaceholders();
        Optional<Profile> profile = value(MetaField.PROFILE).flatMap(p -> parse(MetaField.PROFILE,
                Profile.byId(p), Message.of("problem.field.expected.profile")));
        Optional<LocalDate> submitted = value(MetaField.SUBMITTED).flatMap(this::submittedDate);
        Optional<ProductKind> kind = value(MetaField.PRODUCT_KIND).flatMap(k -> parse(MetaField.PRODUCT_KIND,
                productKind(k), Message.of("problem.field.expected.kind")));
        if (profile.isPresent() && kind.isPresent() && !profile.get().accepts(kind.get())) {
            problem(Reason.WRONG_PROFILE, fields.get(MetaField.PRODUCT_KIND).location(), "problem.field.kindProfile",
                    kind.get().toString(), profile.get().toString(),
                    profile.get().productKinds().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return new Header(profile, submitted, kind);
    }

    /** The same bounds the JSON schema states, so CSV accepts exactly what JSON accepts. */
    private void checkLengthsAndCountry() {
        fields.forEach((field, located) -> {
            if (located.value().length() > field.maxLength && !isPlaceholder(located.value())) {
                problem(Reason.TOO_LARGE, located.location(), "problem.field.tooLong", field.csvKey, field.maxLength);
            }
            QuestionnaireValidator.hiddenCharacter(field.csvKey, located.value(), located.location())
                    .ifPresent(problems::add);
        });
        value(MetaField.VENDOR_COUNTRY).filter(c -> !c.matches("[A-Z]{2}")).ifPresent(c ->
                problem(Reason.INVALID_FIELD, fields.get(MetaField.VENDOR_COUNTRY).location(),
                        "problem.field.country", c));
    }

    /** A template's {@code <angle bracket>} text left in place must not reach the hospital's report. */
    private void checkPlaceholders() {
        fields.forEach((field, located) -> {
            if (isPlaceholder(located.value())) {
                problem(Reason.INVALID_FIELD, located.location(), field.required ? "problem.field.placeholder"
                        : "problem.field.placeholderOptional", field.csvKey, located.value());
            }
        });
        for (Answer answer : answers) {
            if (isPlaceholder(answer.value())) {
                problem(Reason.INVALID_VALUE, answer.location(), "problem.answer.placeholder", answer.questionId(),
                        answer.value());
            }
        }
        answers.removeIf(a -> isPlaceholder(a.value()));
    }

    /** Text wholly in angle brackets, as templates write it: {@code <your company's legal name>}. */
    static boolean isPlaceholder(String value) {
        String text = value.strip();
        return text.length() >= 2 && text.startsWith("<") && text.endsWith(">");
    }

    private List<Answer> checkAnswers(Catalog catalog, Profile profile) {
        List<Problem> answerProblems = new ArrayList<>();
        List<Answer> checked = QuestionnaireValidator.checkAnswers(catalog, profile, answers, answerProblems);
        problems.addAll(answerProblems);
        return checked;
    }

    private Optional<String> value(MetaField field) {
        Located located = fields.get(field);
        return located == null || located.value().isEmpty() || isPlaceholder(located.value()) ? Optional.empty()
                : Optional.of(located.value());
    }

    private String text(MetaField field) {
        return value(field).orElse("");
    }

    private <T> Optional<T> parse(MetaField field, Optional<T> parsed, Message expected) {
        if (parsed.isEmpty()) {
            problem(Reason.INVALID_FIELD, fields.get(field).location(), "problem.field.invalid",
                    fields.get(field).value(), field.csvKey, expected);
        }
        return parsed;
    }

    private Optional<LocalDate> submittedDate(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(QuestionnaireValidator.EARLIEST) || date.isAfter(QuestionnaireValidator.LATEST)) {
                return parse(MetaField.SUBMITTED, Optional.empty(), Message.of("problem.field.expected.dateBetween",
                        QuestionnaireValidator.EARLIEST.toString(), QuestionnaireValidator.LATEST.toString()));
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            return parse(MetaField.SUBMITTED, Optional.empty(), Message.of("problem.field.expected.date"));
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
