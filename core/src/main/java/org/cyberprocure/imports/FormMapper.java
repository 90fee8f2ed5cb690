package org.cyberprocure.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.catalog.FormMapping.Gate;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.AnswerOrigin;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Responsibility;

/**
 * Turns the items of a vendor form into answers to the question bank, following a {@link FormMapping}.
 *
 * <ul>
 *   <li>Gates first: a gate item with its closing answer (e.g. MDS2 MPII-1 = no) makes the other items of its
 *       section read as {@code n/a}; a note records each such item the vendor answered yes or no anyway.</li>
 *   <li>A question mapped from several items: every answered item secure gives the question's secure answer,
 *       none secure its insecure answer, a mix {@code partial} where the question accepts it (else the insecure
 *       answer). Items read as {@code n/a} do not count; when all are {@code n/a} the answer is {@code n/a} if
 *       the question accepts it, else the question stays unanswered. Items answered with text do not count.</li>
 *   <li>The answer's comment collects the items' notes ({@code AUTH-3: note}); its evidence stays empty, since
 *       a form is the vendor's own declaration; its {@link AnswerOrigin} names the items and who implements the
 *       control (vendor if any item is the vendor's, else shared if any is shared, else the hospital).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FormMapper {
    private FormMapper() {
    }

    /**
     * What a form yields.
     *
     * @param answers answers to bank questions, in the mapping's question order
     * @param notes   what the mapper read differently from what the vendor wrote (gated items)
     */
    public record Result(List<Answer> answers, List<String> notes) {
        public Result {
            answers = List.copyOf(answers);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Maps a form's items.
     *
     * @param items the items as read, ids already corrected (aliases applied), at most one per id
     * @throws ConfigurationException when the catalog has no question the mapping names (a stale mapping)
     */
    public static Result map(Catalog catalog, FormMapping mapping, List<FormItem> items) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(mapping, "mapping");
        Map<String, FormItem> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.putIfAbsent(i.id(), i));
        List<String> notes = new ArrayList<>();
        Map<String, String> effective = applyGates(mapping, byId, notes);
        List<Answer> answers = new ArrayList<>();
        for (QuestionMapping q : mapping.questions()) {
            Question question = catalog.question(q.question()).orElseThrow(() -> new ConfigurationException(
                    "form mapping " + mapping.form() + " names question " + q.question() + ", not in catalog "
                            + catalog.version()));
            answer(mapping, q, question, byId, effective).ifPresent(answers::add);
        }
        return new Result(answers, notes);
    }

    /** Each item's value after gates: closed sections read as n/a. */
    private static Map<String, String> applyGates(FormMapping mapping, Map<String, FormItem> byId,
                                                  List<String> notes) {
        Map<String, String> effective = new HashMap<>();
        byId.forEach((id, item) -> effective.put(id, item.value()));
        for (Gate gate : mapping.gates()) {
            FormItem gateItem = byId.get(gate.item());
            if (gateItem == null || !gateItem.value().equals(gate.answer())) {
                continue;
            }
            for (FormItem item : byId.values()) {
                if (!gate.covers(item.id())) {
                    continue;
                }
                if (item.isYes() || item.isNo()) {
                    notes.add(item.id() + " answered " + item.value() + " (" + item.location().describe()
                            + ") read as n/a: " + gateItem.describe() + " closes section " + gate.section());
                }
                effective.put(item.id(), Answer.NOT_APPLICABLE);
            }
        }
        return effective;
    }

    private static Optional<Answer> answer(FormMapping mapping, QuestionMapping q, Question question,
                                           Map<String, FormItem> byId, Map<String, String> effective) {
        List<FormItem> answered = new ArrayList<>();
        int secure = 0;
        int insecure = 0;
        for (ItemPolarity polarity : q.items()) {
            FormItem item = byId.get(polarity.item());
            if (item == null) {
                continue;
            }
            String value = effective.get(item.id());
            if (value.equals("yes") || value.equals("no")) {
                answered.add(item);
                if (value.equals(polarity.secure())) {
                    secure++;
                } else {
                    insecure++;
                }
            } else if (value.equals(Answer.NOT_APPLICABLE)) {
                answered.add(item);
            }
        }
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> value = secure + insecure == 0
                ? (question.naAllowed() ? Optional.of(Answer.NOT_APPLICABLE) : Optional.empty())
                : Optional.of(value(q, question, secure, insecure));
        return value.map(v -> new Answer(question.id(), v, comment(answered), List.of(),
                answered.get(0).location(), new AnswerOrigin(mapping.form(),
                        answered.stream().map(FormItem::id).toList(), responsibility(answered))));
    }

    private static String value(QuestionMapping q, Question question, int secure, int insecure) {
        String secureValue;
        String partialValue;
        String insecureValue;
        if (q.values() != null) {
            secureValue = q.values().secure();
            partialValue = q.values().partial();
            insecureValue = q.values().insecure();
        } else {
            secureValue = question.secureAnswer();
            insecureValue = secureValue.equals("yes") ? "no" : "yes";
            partialValue = question.type() == AnswerType.YES_NO_PARTIAL ? "partial" : "";
        }
        if (insecure == 0) {
            return secureValue;
        }
        if (secure == 0 || partialValue.isEmpty()) {
            return insecureValue;
        }
        return partialValue;
    }

    private static String comment(List<FormItem> answered) {
        String joined = answered.stream().filter(i -> !i.note().isBlank())
                .map(i -> i.id() + ": " + i.note().strip()).collect(Collectors.joining("; "));
        int max = QuestionnaireValidator.MAX_TEXT;
        return joined.length() <= max ? joined : joined.substring(0, max - 1) + "…";
    }

    private static Responsibility responsibility(List<FormItem> answered) {
        if (answered.stream().anyMatch(i -> i.responsibility() == Responsibility.VENDOR)) {
            return Responsibility.VENDOR;
        }
        if (answered.stream().anyMatch(i -> i.responsibility() == Responsibility.SHARED)) {
            return Responsibility.SHARED;
        }
        return Responsibility.HOSPITAL;
    }
}
