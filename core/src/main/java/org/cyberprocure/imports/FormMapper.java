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
import org.cyberprocure.model.SourceLocation;

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
 *       control (vendor if any item is the vendor's or is a capability only the vendor can offer, else shared if
 *       any is shared, else the hospital).</li>
 *   <li>The mapping's form answers (what the form is) are added as answers whose evidence is the form's file.</li>
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
            answer(mapping, q, question, byId, effective, notes).ifPresent(answers::add);
        }
        answers.addAll(formAnswers(catalog, mapping, items));
        ownershipNotes(mapping, byId, notes);
        return new Result(answers, notes);
    }

    /** One note per item the form declares the hospital's although only the vendor can offer the capability. */
    private static void ownershipNotes(FormMapping mapping, Map<String, FormItem> byId, List<String> notes) {
        Map<String, FormItem> shifted = new LinkedHashMap<>();
        for (QuestionMapping q : mapping.questions()) {
            for (ItemPolarity p : q.items()) {
                FormItem item = byId.get(p.item());
                if (!p.hospitalCanOwn() && item != null && item.responsibility() != Responsibility.VENDOR) {
                    shifted.putIfAbsent(item.id(), item);
                }
            }
        }
        shifted.values().forEach(item -> notes.add(item.id() + " (" + item.location().describe() + ") is declared "
                + (item.owner().isEmpty() ? item.responsibility().toString().toLowerCase(java.util.Locale.ROOT)
                        : item.owner())
                + ", but only the vendor can offer this capability: read as the vendor's, so a gap stays the"
                + " vendor's"));
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
                                           Map<String, FormItem> byId, Map<String, String> effective,
                                           List<String> notes) {
        // Supporting items only join an item that answers the question itself with yes or no.
        boolean primaryAnswered = q.items().stream().filter(p -> !p.supporting())
                .filter(p -> byId.containsKey(p.item())).map(p -> Map.entry(p, effective.get(p.item())))
                .anyMatch(e -> (e.getValue().equals("yes") || e.getValue().equals("no"))
                        && !(e.getKey().insecureOnly() && e.getValue().equals(e.getKey().secure())));
        List<FormItem> answered = new ArrayList<>();
        List<String> secureItems = new ArrayList<>();
        List<String> insecureItems = new ArrayList<>();
        Map<String, ItemPolarity> polarities = new HashMap<>();
        for (ItemPolarity polarity : q.items()) {
            FormItem item = byId.get(polarity.item());
            if (item == null || (polarity.supporting() && !primaryAnswered)) {
                continue;
            }
            String value = effective.get(item.id());
            if (value.equals("yes") || value.equals("no")) {
                boolean isSecure = value.equals(polarity.secure());
                if (isSecure && polarity.insecureOnly()) {
                    continue; // proves nothing the question asks
                }
                answered.add(item);
                polarities.put(item.id(), polarity);
                (isSecure ? secureItems : insecureItems).add(item.id() + " " + value);
            } else if (value.equals(Answer.NOT_APPLICABLE) && !polarity.insecureOnly()) {
                answered.add(item);
                polarities.put(item.id(), polarity);
            }
        }
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        int secure = secureItems.size();
        int insecure = insecureItems.size();
        Optional<String> value;
        if (secure + insecure == 0) {
            value = question.naAllowed() ? Optional.of(Answer.NOT_APPLICABLE) : Optional.empty();
        } else if (secure > 0 && insecure > 0 && partialValue(q, question).isEmpty()
                && mapping.mixed().equals(FormMapping.MIXED_UNANSWERED)) {
            notes.add(question.id() + " left unanswered: the form's items disagree (" + String.join(", ", secureItems)
                    + " against " + String.join(", ", insecureItems) + "); a mix is neither a yes nor a no, ask the"
                    + " vendor");
            value = Optional.empty();
        } else {
            value = Optional.of(value(q, question, secure, insecure));
        }
        return value.map(v -> new Answer(question.id(), v, comment(answered), List.of(),
                answered.get(0).location(), new AnswerOrigin(mapping.form(),
                        answered.stream().map(FormItem::id).toList(), responsibility(answered, polarities))));
    }

    /** The partial value a question mapping gives, or empty when the question has none. */
    private static String partialValue(QuestionMapping q, Question question) {
        if (q.values() != null) {
            return q.values().partial();
        }
        return question.type() == AnswerType.YES_NO_PARTIAL ? "partial" : "";
    }

    /** The answers the form gives by being what it is (e.g. which standard disclosure the vendor provides). */
    private static List<Answer> formAnswers(Catalog catalog, FormMapping mapping, List<FormItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        SourceLocation whole = SourceLocation.of(items.get(0).location().source());
        List<Answer> answers = new ArrayList<>();
        mapping.formAnswers().forEach((questionId, value) -> {
            catalog.question(questionId).orElseThrow(() -> new ConfigurationException("form mapping "
                    + mapping.form() + " answers question " + questionId + ", not in catalog " + catalog.version()));
            answers.add(new Answer(questionId, value, "The vendor's completed " + mapping.title() + " itself.",
                    List.of(whole.source()), whole, new AnswerOrigin(mapping.form(), List.of(), Responsibility.VENDOR)));
        });
        return answers;
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

    /** Who implements the control: an item only the vendor can offer stays the vendor's whatever the form says. */
    private static Responsibility responsibility(List<FormItem> answered, Map<String, ItemPolarity> polarities) {
        if (answered.stream().anyMatch(i -> i.responsibility() == Responsibility.VENDOR
                || !polarities.get(i.id()).hospitalCanOwn())) {
            return Responsibility.VENDOR;
        }
        if (answered.stream().anyMatch(i -> i.responsibility() == Responsibility.SHARED)) {
            return Responsibility.SHARED;
        }
        return Responsibility.HOSPITAL;
    }
}
