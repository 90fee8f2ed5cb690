package org.cyberprocure.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Vendor;

/**
 * Builds the questionnaire a vendor form stands for: header fields from the form's items named in the mapping's
 * {@code meta} (else the caller's defaults), answers mapped by {@link FormMapper}. Shared by the form readers.
 */
final class FormQuestionnaire {
    private static final List<String> REQUIRED = List.of("questionnaire.id", "questionnaire.submitted",
            "vendor.name", "product.name");
    /** Dates as vendors write them in a form's date cell, besides ISO (Excel date cells arrive as ISO). */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT), DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
    private static final int MAX_HEADER = 300;

    private FormQuestionnaire() {
    }

    /** A header value with where it came from. */
    private record Located(String value, SourceLocation location, String origin) {
    }

    static Questionnaire build(Catalog catalog, FormMapping mapping, ImportedForm form, FormDefaults defaults,
                               ProductKind kind) {
        List<Problem> problems = new ArrayList<>();
        FormMapper.Result mapped = FormMapper.map(catalog, mapping, form.items());
        List<Message> notes = new ArrayList<>(form.noteMessages());
        notes.addAll(mapped.noteMessages());
        SourceLocation whole = SourceLocation.of(form.source());
        List<Answer> all = new ArrayList<>(mapped.answers());
        all.addAll(statedAnswers(catalog, mapping, all, defaults, whole, notes));
        ImportedForm complete = ImportedForm.of(form.form(), form.title(), form.source(), form.items(),
                form.unknown(), notes);
        Located id = field("questionnaire.id", mapping, form, defaults, whole, problems);
        Located submittedText = field("questionnaire.submitted", mapping, form, defaults, whole, problems);
        Located vendorName = field("vendor.name", mapping, form, defaults, whole, problems);
        Located country = field("vendor.country", mapping, form, defaults, whole, problems);
        Located contact = field("vendor.contact", mapping, form, defaults, whole, problems);
        Located productName = field("product.name", mapping, form, defaults, whole, problems);
        Located version = field("product.version", mapping, form, defaults, whole, problems);
        Optional<LocalDate> submitted = submittedText.value().isEmpty() ? Optional.empty()
                : date(submittedText, problems);
        for (Located header : List.of(id, vendorName, country, contact, productName, version)) {
            QuestionnaireValidator.hiddenCharacter(header.origin(), header.value(), header.location())
                    .ifPresent(problems::add);
        }
        if (!country.value().isEmpty() && !country.value().matches("[A-Z]{2}")) {
            problems.add(new Problem(Reason.INVALID_FIELD, country.location(), "'" + country.value() + "' ("
                    + country.origin() + ") is not an ISO 3166-1 alpha-2 country code (e.g. PL, DE, GR)"));
        }
        List<Answer> answers = QuestionnaireValidator.checkAnswers(catalog, mapping.profile(), all, problems);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        return new Questionnaire(id.value(), mapping.profile(), submitted.orElseThrow(),
                new Vendor(vendorName.value(), country.value(), contact.value()),
                new Product(productName.value(), version.value(), kind), answers, List.of(complete), List.of());
    }

    /**
     * Answers the caller stated with the defaults, for questions no item answered; for each question the mapping
     * expects the caller to state and nobody did, a note.
     */
    private static List<Answer> statedAnswers(Catalog catalog, FormMapping mapping, List<Answer> given,
                                              FormDefaults defaults, SourceLocation whole, List<Message> notes) {
        List<Answer> answers = new ArrayList<>();
        java.util.Set<String> answered = new java.util.HashSet<>();
        given.forEach(a -> answered.add(a.questionId()));
        defaults.answers().forEach((question, value) -> {
            if (answered.add(question)) {
                answers.add(FormMapper.readerAnswer(question, value, List.of(), SourceLocation.of("defaults"), null,
                        Message.of("form.comment.stated", mapping.form())));
            }
        });
        for (FormMapping.Stated stated : mapping.stated()) {
            if (!answered.contains(stated.question()) && catalog.question(stated.question()).isPresent()) {
                notes.add(Message.withFallback("form." + mapping.form() + ".stated." + stated.question(),
                        stated.note()));
            }
        }
        return answers;
    }

    /** A header field: the form's item, else the default; required fields must end up non-empty. */
    private static Located field(String name, FormMapping mapping, ImportedForm form, FormDefaults defaults,
                                 SourceLocation whole, List<Problem> problems) {
        String itemId = mapping.meta().get(name);
        Optional<FormItem> item = itemId == null ? Optional.empty()
                : form.items().stream().filter(i -> i.id().equals(itemId)).findFirst();
        String origin = itemId == null ? name : mapping.form() + " " + itemId + " (" + name + ")";
        Located located = item.filter(i -> !i.value().isBlank() && !i.value().equals(Answer.NOT_APPLICABLE))
                .map(i -> new Located(i.value().strip(), i.location(), origin))
                .orElseGet(() -> new Located(defaults.get(name), item.map(FormItem::location).orElse(whole), origin));
        if (located.value().isEmpty() && REQUIRED.contains(name)) {
            problems.add(new Problem(Reason.INVALID_FIELD, located.location(), origin + " is missing or empty: "
                    + (itemId == null ? "" : "fill in " + itemId + " in the form, or ") + "supply a default for "
                    + name));
        }
        if (located.value().length() > MAX_HEADER) {
            problems.add(new Problem(Reason.TOO_LARGE, located.location(), origin + " is longer than " + MAX_HEADER
                    + " characters"));
        }
        return located;
    }

    private static Optional<LocalDate> date(Located text, List<Problem> problems) {
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(text.value(), format);
                if (!date.isBefore(QuestionnaireValidator.EARLIEST) && !date.isAfter(QuestionnaireValidator.LATEST)) {
                    return Optional.of(date);
                }
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        problems.add(new Problem(Reason.INVALID_FIELD, text.location(), "'" + text.value() + "' (" + text.origin()
                + ") is not a date; write it as YYYY-MM-DD"));
        return Optional.empty();
    }
}
