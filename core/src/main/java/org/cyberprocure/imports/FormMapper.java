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
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.catalog.FormMapping.Gate;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.NoteValue;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.catalog.FormMapping.Settle;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.model.Message;
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
 *   <li>Gates first: a gate item with its closing answer (e.g. MDS2 CSUP-1 = no, as the form instructs) makes the
 *       other items of its section read as {@code n/a}. A note records each such item the vendor answered no; one
 *       answered yes is left to the form's consistency checks (one report of it, not two).</li>
 *   <li>An item answer that settles a question ({@link FormMapping.Settle}) decides it alone.</li>
 *   <li>Otherwise each answered item reads secure or insecure by its polarity; a qualified yes ({@code Yes,
 *       optional}: the control exists but may be off) reads partly secure unless the mapping says otherwise; an
 *       answer the mapping ignores for the question does not count; items of one group count as one, secure when
 *       any is. Every reading secure gives the question's secure answer, none secure its insecure answer, a mix
 *       (or a qualified yes) {@code partial} where the question accepts it, else the insecure answer. A secure
 *       answer is replaced by a more precise value when a secure item's note names it (e.g. the standard a
 *       development process follows). Items read as {@code n/a} do not count; when all are {@code n/a} the answer
 *       is {@code n/a} if the question accepts it, else the question stays unanswered. Items answered with text
 *       do not count.</li>
 *   <li>The mapping's form answers (what the form is) are added with the form's file as evidence, its implied
 *       answers (what its kind implies, e.g. a medical device) without evidence.</li>
 *   <li>The answer's comment collects the items' notes ({@code AUTH-3: note}); its evidence stays empty, since
 *       a form is the vendor's own declaration; its {@link AnswerOrigin} names the items and who implements the
 *       control (vendor if any item is the vendor's or is a capability only the vendor can offer, else shared if
 *       any is shared, else the hospital).</li>
 *   <li>A supporting item only joins items that answer the question themselves; an insecure-only item counts only
 *       with its insecure answer; where the mapping says so, items that disagree on a question without a partial
 *       value leave it unanswered, with a note.</li>
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
     * @param noteMessages what the mapper read differently from what the vendor wrote (gated items), as messages
     */
    public record Result(List<Answer> answers, List<Message> noteMessages) {
        /** Checks the components and makes the lists immutable; see the type description for their meaning. */
        public Result {
            answers = List.copyOf(answers);
            noteMessages = List.copyOf(noteMessages);
        }

        /** The notes in English. */
        public List<String> notes() {
            Texts english = Translations.labelsOnly().english();
            return noteMessages.stream().map(english::format).toList();
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
        List<Message> notes = new ArrayList<>();
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
    private static void ownershipNotes(FormMapping mapping, Map<String, FormItem> byId, List<Message> notes) {
        Map<String, FormItem> shifted = new LinkedHashMap<>();
        for (QuestionMapping q : mapping.questions()) {
            for (ItemPolarity p : q.items()) {
                FormItem item = byId.get(p.item());
                if (!p.hospitalCanOwn() && item != null && item.responsibility() != Responsibility.VENDOR) {
                    shifted.putIfAbsent(item.id(), item);
                }
            }
        }
        shifted.values().forEach(item -> notes.add(Message.of("form.note.ownerShifted", item.id(),
                item.location().message(), item.owner().isEmpty()
                        ? Message.of("form.owner." + item.responsibility().name()) : item.owner())));
    }

    /**
     * The answers the form gives by being what it is (which standard disclosure the vendor provides: the form's
     * file is the evidence) and those its kind implies without proving (an MDS2 describes a medical device).
     */
    private static List<Answer> formAnswers(Catalog catalog, FormMapping mapping, List<FormItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        SourceLocation whole = SourceLocation.of(items.get(0).location().source());
        AnswerOrigin origin = new AnswerOrigin(mapping.form(), List.of(), Responsibility.VENDOR);
        List<Answer> answers = new ArrayList<>();
        mapping.formAnswers().forEach((questionId, value) -> {
            catalog.question(questionId).orElseThrow(() -> new ConfigurationException("form mapping "
                    + mapping.form() + " answers question " + questionId + ", not in catalog " + catalog.version()));
            answers.add(readerAnswer(questionId, value, List.of(whole.source()), whole, origin,
                    Message.of("form.comment.itself", mapping.title())));
        });
        for (FormMapping.ImpliedAnswer implied : mapping.impliedAnswers()) {
            catalog.question(implied.question()).orElseThrow(() -> new ConfigurationException("form mapping "
                    + mapping.form() + " answers question " + implied.question() + ", not in catalog "
                    + catalog.version()));
            Message why = Message.withFallback("form." + mapping.form() + ".implied." + implied.question(),
                    implied.why());
            answers.add(readerAnswer(implied.question(), implied.value(), List.of(), whole, origin, why));
        }
        return answers;
    }

    /**
     * An answer the reader sets, with its comment in English (as every text of an assessment) and as a message a
     * report writes in its language. The English text of a mapping's own sentence is the mapping's (the fallback).
     */
    static Answer readerAnswer(String questionId, String value, List<String> evidence, SourceLocation location,
                               AnswerOrigin origin, Message comment) {
        Texts english = Translations.labelsOnly().english();
        return new Answer(questionId, value, english.format(comment), evidence, location, origin, comment);
    }

    /** Each item's value after gates: closed sections read as n/a. */
    private static Map<String, String> applyGates(FormMapping mapping, Map<String, FormItem> byId,
                                                  List<Message> notes) {
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
                if (item.isNo()) {
                    notes.add(Message.of("form.note.gated", item.id(), item.valueMessage(), item.location().message(),
                            gateItem.message(), gate.section()));
                }
                effective.put(item.id(), Answer.NOT_APPLICABLE);
            }
        }
        return effective;
    }

    /** What one item (or one group of items) says about a question. */
    private enum Reading {
        SECURE, PARTIAL, INSECURE, NOT_APPLICABLE;

        /** Items of one group count as one: secure when any is, else partial when any is, else insecure. */
        static Reading best(Reading a, Reading b) {
            return a.ordinal() <= b.ordinal() ? a : b;
        }
    }

    private static Optional<Answer> answer(FormMapping mapping, QuestionMapping q, Question question,
                                           Map<String, FormItem> byId, Map<String, String> effective,
                                           List<Message> notes) {
        for (Settle settle : q.settledBy()) {
            FormItem item = byId.get(settle.item());
            if (item != null && settle.answer().equals(effective.get(item.id()))) {
                if (settle.value().isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(answer(mapping, question, settle.value(), List.of(item), Map.of()));
            }
        }
        // Supporting items only join an item that answers the question itself with yes or no.
        boolean primaryAnswered = q.items().stream().filter(p -> !p.supporting())
                .filter(p -> byId.containsKey(p.item())).map(p -> Map.entry(p, effective.get(p.item())))
                .anyMatch(e -> (e.getValue().equals("yes") || e.getValue().equals("no"))
                        && !(e.getKey().insecureOnly() && e.getValue().equals(e.getKey().secure())));
        List<FormItem> answered = new ArrayList<>();
        Map<String, ItemPolarity> polarities = new HashMap<>();
        Map<String, Reading> groups = new LinkedHashMap<>();
        List<Reading> readings = new ArrayList<>();
        List<FormItem> secureItems = new ArrayList<>();
        List<Message> secureNames = new ArrayList<>();
        List<Message> insecureNames = new ArrayList<>();
        for (ItemPolarity polarity : q.items()) {
            FormItem item = byId.get(polarity.item());
            if (item == null || (polarity.supporting() && !primaryAnswered)) {
                continue;
            }
            Optional<Reading> reading = reading(mapping, polarity, item, effective.get(item.id()));
            if (reading.isEmpty()) {
                continue;
            }
            answered.add(item);
            polarities.put(item.id(), polarity);
            if (reading.get() == Reading.SECURE) {
                secureItems.add(item);
                secureNames.add(itemValue(item, effective));
            } else if (reading.get() != Reading.NOT_APPLICABLE) {
                insecureNames.add(itemValue(item, effective));
            }
            if (polarity.group().isEmpty()) {
                readings.add(reading.get());
            } else {
                groups.merge(polarity.group(), reading.get(), Reading::best);
            }
        }
        readings.addAll(groups.values());
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        long secure = readings.stream().filter(r -> r == Reading.SECURE).count();
        long partial = readings.stream().filter(r -> r == Reading.PARTIAL).count();
        long insecure = readings.stream().filter(r -> r == Reading.INSECURE).count();
        String value;
        if (secure + partial + insecure == 0) {
            if (!question.naAllowed()) {
                return Optional.empty();
            }
            value = Answer.NOT_APPLICABLE;
        } else if (secure > 0 && insecure > 0 && partialValue(q, question).isEmpty()
                && mapping.mixed().equals(FormMapping.MIXED_UNANSWERED)) {
            notes.add(Message.of("form.note.mixed", question.id(), secureNames, insecureNames));
            return Optional.empty();
        } else {
            value = value(q, question, secure, partial, insecure);
            if (partial + insecure == 0) {
                value = q.noteValues().stream().filter(n -> secureItems.stream().anyMatch(i -> n.matches(i.note())))
                        .map(NoteValue::value).findFirst().orElse(value);
            }
        }
        return value.isEmpty() ? Optional.empty()
                : Optional.of(answer(mapping, question, value, answered, polarities));
    }

    /** An item with the value it is read as: {@code BCR-04.1 yes}. */
    private static Message itemValue(FormItem item, Map<String, String> effective) {
        return Message.of("form.itemValue", item.id(), FormItem.valueMessage(effective.get(item.id())));
    }

    /** The partial value a question mapping gives, or empty when the question has none. */
    private static String partialValue(QuestionMapping q, Question question) {
        if (q.values() != null) {
            return q.values().partial();
        }
        return question.type() == AnswerType.YES_NO_PARTIAL ? "partial" : "";
    }

    /** How one answered item reads for a question, or empty when its answer says nothing about it. */
    private static Optional<Reading> reading(FormMapping mapping, ItemPolarity polarity, FormItem item, String value) {
        if (value.equals(Answer.NOT_APPLICABLE)) {
            return polarity.insecureOnly() ? Optional.empty() : Optional.of(Reading.NOT_APPLICABLE);
        }
        if (!value.equals("yes") && !value.equals("no") || value.equals(polarity.ignore())) {
            return Optional.empty(); // text, or an answer that says nothing about this question
        }
        if (polarity.insecureOnly() && value.equals(polarity.secure())) {
            return Optional.empty(); // proves nothing the question asks
        }
        if (value.equals("yes") && FormValues.qualified(item.note(), mapping.qualifiers())) {
            return Optional.of(switch (polarity.optionalReading()) {
                case "secure" -> Reading.SECURE;
                case "insecure" -> Reading.INSECURE;
                default -> Reading.PARTIAL;
            });
        }
        return Optional.of(value.equals(polarity.secure()) ? Reading.SECURE : Reading.INSECURE);
    }

    private static Answer answer(FormMapping mapping, Question question, String value, List<FormItem> items,
                                 Map<String, ItemPolarity> polarities) {
        return new Answer(question.id(), value, comment(items), List.of(), items.get(0).location(),
                new AnswerOrigin(mapping.form(), items.stream().map(FormItem::id).toList(),
                        responsibility(items, polarities)));
    }

    /**
     * The value for what the items read: every one secure gives the secure value, none secure (and none partly) the
     * insecure value, a mix the partial value where there is one, else the insecure value. A qualified yes is partly
     * secure: alone it gives the partial value too. Empty: leave the question unanswered.
     */
    private static String value(QuestionMapping q, Question question, long secure, long partial, long insecure) {
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
        if (insecure == 0 && partial == 0) {
            return secureValue;
        }
        if (secure == 0 && partial == 0 || partialValue.isEmpty()) {
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
                || polarities.containsKey(i.id()) && !polarities.get(i.id()).hospitalCanOwn())) {
            return Responsibility.VENDOR;
        }
        if (answered.stream().anyMatch(i -> i.responsibility() == Responsibility.SHARED)) {
            return Responsibility.SHARED;
        }
        return Responsibility.HOSPITAL;
    }
}
