package org.cyberprocure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;

/**
 * Checks answers against the question bank and normalises their values. Used by every reader and by
 * {@code ComplianceChecker.evaluate} for questionnaires built in code, so both paths accept the same things.
 */
public final class QuestionnaireValidator {
    /** Earliest and latest dates a vendor may give; anything outside is a typo. */
    public static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2150, 12, 31);
    /**
     * A plain decimal: no exponent, because {@code 1e999999999} is short but would expand to a billion digits
     * when written out in plain form.
     */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    /** Limits shared by every input format; the JSON schema states the same numbers. */
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_EVIDENCE_ITEMS = 50;
    public static final int MAX_EVIDENCE_LENGTH = 1_000;
    /** Separates evidence references in a CSV cell, so it may not appear inside one. */
    public static final String EVIDENCE_SEPARATOR = "|";

    private QuestionnaireValidator() {
    }

    /**
     * Validates a questionnaire and returns it with normalised answer values.
     *
     * @throws InputRejectedException listing every problem found
     */
    public static Questionnaire check(Catalog catalog, Questionnaire questionnaire) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> header = new java.util.LinkedHashMap<>();
        header.put("/id", questionnaire.id());
        header.put("/vendor/name", questionnaire.vendor().name());
        header.put("/vendor/country", questionnaire.vendor().country());
        header.put("/vendor/contact", questionnaire.vendor().contact());
        header.put("/product/name", questionnaire.product().name());
        header.put("/product/version", questionnaire.product().version());
        header.forEach((pointer, value) -> hiddenCharacter(pointer.substring(1).replace('/', '.'), value,
                SourceLocation.jsonPointer("questionnaire", pointer)).ifPresent(problems::add));
        List<Answer> normalised = checkAnswers(catalog, questionnaire.profile(), questionnaire.answers(), problems);
        problems.addAll(futurePastEvents(catalog, normalised, questionnaire.submitted()));
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        return new Questionnaire(questionnaire.id(), questionnaire.profile(), questionnaire.submitted(),
                questionnaire.vendor(), questionnaire.product(), normalised, questionnaire.forms(),
                questionnaire.sboms());
    }

    /** Checks answers, adding problems to the list; returns the answers with normalised values. */
    public static List<Answer> checkAnswers(Catalog catalog, Profile profile, List<Answer> answers,
                                     List<Problem> problems) {
        Map<String, Answer> seen = new HashMap<>();
        List<Answer> normalised = new ArrayList<>(answers.size());
        for (Answer answer : answers) {
            Optional<Question> question = catalog.question(answer.questionId());
            if (question.isEmpty()) {
                problems.add(new Problem(Reason.UNKNOWN_QUESTION, answer.location(),
                        "unknown question id '" + answer.questionId() + "'; the question bank of catalog "
                                + catalog.version() + " has no such question"
                                + QuestionIds.nearest(catalog, profile, answer.questionId())
                                        .map(id -> "; did you mean " + id + "?").orElse("")));
                continue;
            }
            if (!question.get().belongsTo(profile)) {
                problems.add(new Problem(Reason.WRONG_PROFILE, answer.location(),
                        "question " + answer.questionId() + " is not part of the " + profile + " profile"));
                continue;
            }
            Answer first = seen.putIfAbsent(answer.questionId(), answer);
            if (first != null) {
                problems.add(new Problem(Reason.DUPLICATE_ANSWER, answer.location(),
                        "question " + answer.questionId() + " is answered twice (first at "
                                + first.location().describe() + ")"));
                continue;
            }
            Optional<String> value = normalise(question.get(), answer.value());
            if (value.isEmpty()) {
                List<String> accepted = question.get().acceptedValues();
                problems.add(new Problem(Reason.INVALID_VALUE, answer.location(),
                        "'" + answer.value() + "' is not a valid answer to " + named(question.get())
                                + (accepted.size() == 1 ? "; expected " : "; expected one of: ")
                                + String.join(", ", accepted)));
                continue;
            }
            Optional<Problem> bounds = checkBounds(answer, question.get());
            if (bounds.isPresent()) {
                problems.add(bounds.get());
                continue;
            }
            normalised.add(new Answer(answer.questionId(), value.get(), answer.comment().strip(),
                    answer.evidence().stream().map(String::strip).filter(e -> !e.isEmpty()).toList(),
                    answer.location(), answer.origin(), answer.commentMessage()));
        }
        return normalised;
    }

    /**
     * A header field (id, names, contact, version) holding a control character, a line break or an invisible
     * format character (bidirectional control, zero-width): refused where it stands, never cleaned, because these
     * fields name the submission in file listings, reports and terminals, where such characters can hide or fake
     * text.
     */
    public static Optional<Problem> hiddenCharacter(String field, String value, SourceLocation location) {
        int at = SafeText.firstHidden(value);
        return at < 0 ? Optional.empty() : Optional.of(new Problem(Reason.INVALID_FIELD, location, field
                + " contains " + SafeText.codePoint(value, at) + " at character " + (at + 1) + ", a control or"
                + " invisible character; names and ids must be plain visible text"));
    }

    private static List<String> texts(Answer answer) {
        List<String> texts = new ArrayList<>(answer.evidence().size() + 2);
        texts.add(answer.value());
        texts.add(answer.comment());
        texts.addAll(answer.evidence());
        return texts;
    }

    /** A test, audit or review dated after the submission date has not happened: refuse it where it stands. */
    public static List<Problem> futurePastEvents(Catalog catalog, List<Answer> answers, LocalDate submitted) {
        List<Problem> problems = new ArrayList<>();
        for (Answer answer : answers) {
            if (catalog.question(answer.questionId()).map(Question::pastEvent).orElse(false)
                    && answer.dateOnOrAfter(submitted.plusDays(1))) {
                problems.add(new Problem(Reason.IMPLAUSIBLE_DATE, answer.location(), answer.questionId()
                        + " asks when something last happened, but " + answer.value() + " is after the submission"
                        + " date " + submitted + "; give the date it actually took place"));
            }
        }
        return problems;
    }

    /** A question as error messages name it: its id and its text, shortened. */
    public static String named(Question question) {
        String text = question.text();
        return question.id() + " (\u201c" + (text.length() > 80 ? text.substring(0, 79).strip() + "\u2026" : text)
                + "\u201d)";
    }

    private static Optional<Problem> checkBounds(Answer answer, Question question) {
        String where = " on " + named(question);
        for (String text : texts(answer)) {
            int at = SafeText.firstForbiddenControl(text);
            if (at >= 0) {
                return Optional.of(new Problem(Reason.INVALID_VALUE, answer.location(), "the answer" + where
                        + " contains the control character " + SafeText.codePoint(text, at) + " at character "
                        + (at + 1) + "; only tabs and line breaks are allowed in text"));
            }
        }
        if (answer.comment().length() > MAX_TEXT) {
            return Optional.of(new Problem(Reason.TOO_LARGE, answer.location(),
                    "the comment" + where + " is longer than " + MAX_TEXT + " characters"));
        }
        if (answer.evidence().size() > MAX_EVIDENCE_ITEMS) {
            return Optional.of(new Problem(Reason.TOO_LARGE, answer.location(),
                    "more than " + MAX_EVIDENCE_ITEMS + " evidence references" + where));
        }
        for (String evidence : answer.evidence()) {
            if (evidence.length() > MAX_EVIDENCE_LENGTH) {
                return Optional.of(new Problem(Reason.TOO_LARGE, answer.location(),
                        "an evidence reference" + where + " is longer than " + MAX_EVIDENCE_LENGTH + " characters"));
            }
            if (evidence.contains(EVIDENCE_SEPARATOR)) {
                return Optional.of(new Problem(Reason.INVALID_VALUE, answer.location(),
                        "an evidence reference" + where + " contains a vertical bar '" + EVIDENCE_SEPARATOR
                                + "', which separates references in CSV files; give each reference as an item "
                                + "of its own"));
            }
        }
        return Optional.empty();
    }

    /** The canonical form of a value for a question, or empty when the question does not accept it. */
    public static Optional<String> normalise(Question question, String raw) {
        String value = raw.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (question.naAllowed() && (lower.equals("n/a") || lower.equals("na"))) {
            return Optional.of(Answer.NOT_APPLICABLE);
        }
        return switch (question.type()) {
            case YES_NO -> lower.equals("yes") || lower.equals("no") ? Optional.of(lower) : Optional.empty();
            case YES_NO_PARTIAL -> lower.equals("yes") || lower.equals("no") || lower.equals("partial")
                    ? Optional.of(lower) : Optional.empty();
            case ENUM -> question.allowedValues().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst();
            case DATE -> date(value);
            case NUMBER -> number(value).filter(n -> question.inRange(new BigDecimal(n)));
            case TEXT -> value.isEmpty() || value.length() > MAX_TEXT ? Optional.empty() : Optional.of(value);
        };
    }

    private static Optional<String> date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? Optional.empty() : Optional.of(date.toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> number(String value) {
        if (value.length() > 32 || !DECIMAL.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value).stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
