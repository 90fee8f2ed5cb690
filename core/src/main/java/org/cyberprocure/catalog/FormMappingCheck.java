package org.cyberprocure.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyberprocure.catalog.FormMapping.Gate;
import org.cyberprocure.catalog.FormMapping.NoteValue;
import org.cyberprocure.catalog.FormMapping.Settle;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.catalog.FormMapping.Values;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Question;

/** Checks a form mapping against the question bank, so that a mistake in rule-pack data fails at load time. */
final class FormMappingCheck {
    private static final Set<String> YES_NO = Set.of("yes", "no");

    private FormMappingCheck() {
    }

    static List<String> errors(FormMapping mapping, Map<String, Question> bank) {
        List<String> errors = new ArrayList<>();
        String name = "form mapping " + mapping.form();
        if (mapping.form().isBlank()) {
            errors.add("a form mapping has no form name");
        }
        if (mapping.items().isEmpty()) {
            errors.add(name + " lists no items");
        }
        Set<String> seen = new HashSet<>();
        mapping.items().stream().filter(i -> !seen.add(i)).forEach(i -> errors.add(name + " lists item " + i + " twice"));
        Set<String> known = Set.copyOf(mapping.items());
        mapping.aliases().forEach((alias, target) -> {
            if (known.contains(alias)) {
                errors.add(name + ": alias " + alias + " is itself a known item");
            }
            if (!known.contains(target)) {
                errors.add(name + ": alias " + alias + " points to unknown item " + target);
            }
        });
        mapping.text().stream().filter(i -> !known.contains(i))
                .forEach(i -> errors.add(name + ": text item " + i + " is not a known item"));
        for (Gate gate : mapping.gates()) {
            if (!known.contains(gate.item())) {
                errors.add(name + ": gate " + gate.item() + " is not a known item");
            }
            if (!YES_NO.contains(gate.answer())) {
                errors.add(name + ": gate " + gate.item() + " answer must be yes or no, was '" + gate.answer() + "'");
            }
            if (mapping.items().stream().noneMatch(gate::covers)) {
                errors.add(name + ": gate " + gate.item() + " closes section " + gate.section() + " with no items");
            }
        }
        mapping.meta().forEach((field, item) -> {
            if (!FormMapping.META_FIELDS.contains(field)) {
                errors.add(name + ": unknown header field " + field + "; expected one of "
                        + new java.util.TreeSet<>(FormMapping.META_FIELDS));
            }
            if (!known.contains(item)) {
                errors.add(name + ": header field " + field + " comes from unknown item " + item);
            }
        });
        if (!mapping.meanings().isEmpty()) {
            mapping.meanings().keySet().stream().filter(i -> !known.contains(i))
                    .forEach(i -> errors.add(name + ": meaning given for unknown item " + i));
            mapping.items().stream().filter(i -> mapping.meanings().getOrDefault(i, "").isBlank())
                    .forEach(i -> errors.add(name + ": item " + i + " has no meaning"));
        }
        if (!Set.of(FormMapping.MIXED_INSECURE, FormMapping.MIXED_UNANSWERED).contains(mapping.mixed())) {
            errors.add(name + ": mixed must be " + FormMapping.MIXED_INSECURE + " or " + FormMapping.MIXED_UNANSWERED
                    + ", was '" + mapping.mixed() + "'");
        }
        mapping.formAnswers().forEach((questionId, value) -> {
            Question question = bank.get(questionId);
            if (question == null) {
                errors.add(name + ": form answer to " + questionId + ", not in the question bank");
            } else if (!question.belongsTo(mapping.profile())) {
                errors.add(name + ": form answer to " + questionId + ", not part of the " + mapping.profile()
                        + " profile");
            } else if (!QuestionnaireValidator.normalise(question, value).map(value::equals).orElse(false)) {
                errors.add(name + ": form answer '" + value + "' to " + questionId + " is not an answer it accepts ("
                        + String.join(", ", question.acceptedValues()) + ")");
            }
        });
        Set<String> mappedQuestions = new HashSet<>();
        for (QuestionMapping q : mapping.questions()) {
            String where = name + ", question " + q.question();
            if (!mappedQuestions.add(q.question())) {
                errors.add(where + " is mapped twice");
            }
            Question question = bank.get(q.question());
            if (question == null) {
                errors.add(where + " is not in the question bank");
                continue;
            }
            if (!question.belongsTo(mapping.profile())) {
                errors.add(where + " is not part of the " + mapping.profile() + " profile");
            }
            if (q.items().isEmpty() && q.settledBy().isEmpty()) {
                errors.add(where + " lists no items");
            }
            Set<String> itemsOfQuestion = new HashSet<>();
            for (ItemPolarity item : q.items()) {
                if (!known.contains(item.item())) {
                    errors.add(where + ": unknown item " + item.item());
                }
                if (!itemsOfQuestion.add(item.item())) {
                    errors.add(where + ": item " + item.item() + " listed twice");
                }
                if (!YES_NO.contains(item.secure())) {
                    errors.add(where + ": item " + item.item() + " secure must be yes or no, was '"
                            + item.secure() + "'");
                }
                if (!item.optional().isEmpty() && !ItemPolarity.OPTIONAL_READINGS.contains(item.optional())) {
                    errors.add(where + ": item " + item.item() + " optional must be one of "
                            + new java.util.TreeSet<>(ItemPolarity.OPTIONAL_READINGS) + ", was '" + item.optional() + "'");
                }
                if (!item.ignore().isEmpty() && !YES_NO.contains(item.ignore())) {
                    errors.add(where + ": item " + item.item() + " ignore must be yes or no, was '" + item.ignore()
                            + "'");
                }
            }
            for (Settle settle : q.settledBy()) {
                if (!known.contains(settle.item())) {
                    errors.add(where + ": settling item " + settle.item() + " is unknown");
                }
                if (!YES_NO.contains(settle.answer())) {
                    errors.add(where + ": settling item " + settle.item() + " answer must be yes or no, was '"
                            + settle.answer() + "'");
                }
                if (!settle.value().isEmpty()) {
                    errors.addAll(accepted(where, question, List.of(settle.value())));
                }
            }
            for (NoteValue noteValue : q.noteValues()) {
                try {
                    java.util.regex.Pattern.compile(noteValue.pattern());
                } catch (java.util.regex.PatternSyntaxException e) {
                    errors.add(where + ": note pattern '" + noteValue.pattern() + "' is not a regular expression");
                }
                errors.addAll(accepted(where, question, List.of(noteValue.value())));
            }
            if (!q.items().isEmpty() && q.items().stream().allMatch(ItemPolarity::supporting)) {
                errors.add(where + ": every item is supporting; at least one must answer the question");
            }
            if (!q.items().isEmpty() || q.values() != null) { // settled only: the settling values are checked above
                errors.addAll(valueErrors(where, question, q.values()));
            }
        }
        mapping.qualifiers().stream().filter(String::isBlank)
                .forEach(w -> errors.add(name + ": a qualifier is blank"));
        // Form answers are checked above; implied answers the same way. Neither may also be mapped from items.
        mapping.formAnswers().keySet().stream().filter(id -> !mappedQuestions.add(id)).forEach(id -> errors.add(
                name + ", question " + id + " is both mapped from items and answered by the form itself"));
        for (FormMapping.ImpliedAnswer implied : mapping.impliedAnswers()) {
            String where = name + ", implied answer " + implied.question();
            if (!mappedQuestions.add(implied.question())) {
                errors.add(where + " is also mapped from items or answered by the form itself");
            }
            Question question = bank.get(implied.question());
            if (question == null) {
                errors.add(where + " is not in the question bank");
            } else {
                errors.addAll(accepted(where, question, List.of(implied.value())));
            }
        }
        // A stated question may belong to a part of the rule pack that is not there yet: the reader then skips it.
        mapping.stated().stream().filter(st -> st.note().isBlank())
                .forEach(st -> errors.add(name + ", stated question " + st.question() + " has no note"));
        return errors;
    }

    /** Errors for values the question does not accept as written (n/a only where the question allows it). */
    private static List<String> accepted(String where, Question question, List<String> values) {
        List<String> errors = new ArrayList<>();
        for (String value : values) {
            Optional<String> accepted = QuestionnaireValidator.normalise(question, value);
            if (accepted.isEmpty() || !accepted.get().equals(value)) {
                errors.add(where + ": value '" + value + "' is not an answer the question accepts ("
                        + String.join(", ", question.acceptedValues()) + ")");
            }
        }
        return errors;
    }

    private static List<String> valueErrors(String where, Question question, Values values) {
        List<String> errors = new ArrayList<>();
        if (values == null) {
            boolean yesNo = question.type() == AnswerType.YES_NO || question.type() == AnswerType.YES_NO_PARTIAL;
            if (!yesNo || !YES_NO.contains(question.secureAnswer())) {
                errors.add(where + " has no secure yes/no answer in the bank: name the values to give");
            }
            return errors;
        }
        // An empty value leaves the question unanswered in that case.
        errors.addAll(accepted(where, question, java.util.stream.Stream.of(values.secure(), values.partial(),
                values.insecure()).filter(v -> !v.isEmpty()).toList()));
        if (values.secure().isEmpty() && values.partial().isEmpty() && values.insecure().isEmpty()) {
            errors.add(where + " gives no value in any case");
        }
        return errors;
    }
}
