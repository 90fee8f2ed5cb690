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
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Message;
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
                problems.add(Problem.of(Reason.UNKNOWN_QUESTION, answer.location(), "problem.answer.unknownQuestion",
                        answer.questionId(), catalog.version(), QuestionIds.nearest(catalog, profile,
                                answer.questionId()).<Object>map(id -> Message.of("problem.answer.didYouMean", id))
                                .orElse("")));
                continue;
            }
            if (!question.get().belongsTo(profile)) {
                problems.add(Problem.of(Reason.WRONG_PROFILE, answer.location(), "problem.answer.wrongProfile",
                        answer.questionId(), String.valueOf(profile)));
                continue;
            }
            Answer first = seen.putIfAbsent(answer.questionId(), answer);
            if (first != null) {
                problems.add(Problem.of(Reason.DUPLICATE_ANSWER, answer.location(), "problem.answer.twice",
                        answer.questionId(), InputRejectedException.where(first.location())));
                continue;
            }
            Optional<String> value = normalise(question.get(), answer.value());
            if (value.isEmpty()) {
                List<String> accepted = question.get().acceptedValues();
                problems.add(Problem.of(Reason.INVALID_VALUE, answer.location(), accepted.size() == 1
                        ? "problem.answer.invalid" : "problem.answer.invalidOneOf", answer.value(),
                        namedMessage(question.get()), String.join(", ", accepted)));
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
        return at < 0 ? Optional.empty() : Optional.of(Problem.of(Reason.INVALID_FIELD, location,
                "problem.field.hidden", field, SafeText.codePoint(value, at), at + 1));
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
                problems.add(Problem.of(Reason.IMPLAUSIBLE_DATE, answer.location(), "problem.answer.futureDate",
                        answer.questionId(), answer.value(), submitted.toString()));
            }
        }
        return problems;
    }

    /**
     * A question named in a problem, {@code ID ("text")}: in English its text cut to 80 characters, in another
     * language its text from the rule pack's bundle.
     */
    public static Message namedMessage(Question question) {
        String text = question.text();
        return Message.of("problem.question", question.id(), Message.withFallback("q." + question.id() + ".text",
                text.length() > 80 ? text.substring(0, 79).strip() + "\u2026" : text));
    }

    private static Optional<Problem> checkBounds(Answer answer, Question question) {
        Message named = namedMessage(question);
        for (String text : texts(answer)) {
            int at = SafeText.firstForbiddenControl(text);
            if (at >= 0) {
                return Optional.of(Problem.of(Reason.INVALID_VALUE, answer.location(), "problem.answer.control",
                        named, SafeText.codePoint(text, at), at + 1));
            }
        }
        if (answer.comment().length() > MAX_TEXT) {
            return Optional.of(Problem.of(Reason.TOO_LARGE, answer.location(), "problem.answer.commentTooLong",
                    named, MAX_TEXT));
        }
        if (answer.evidence().size() > MAX_EVIDENCE_ITEMS) {
            return Optional.of(Problem.of(Reason.TOO_LARGE, answer.location(), "problem.answer.tooManyEvidence",
                    MAX_EVIDENCE_ITEMS, named));
        }
        for (String evidence : answer.evidence()) {
            if (evidence.length() > MAX_EVIDENCE_LENGTH) {
                return Optional.of(Problem.of(Reason.TOO_LARGE, answer.location(),
                        "problem.answer.evidenceTooLong", named, MAX_EVIDENCE_LENGTH));
            }
            if (evidence.contains(EVIDENCE_SEPARATOR)) {
                return Optional.of(Problem.of(Reason.INVALID_VALUE, answer.location(), "problem.answer.evidenceBar",
                        named, EVIDENCE_SEPARATOR));
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
