package org.cyberprocure.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cyberprocure.model.Profile;

/**
 * How a vendor's own form (MDS2, CAIQ) maps onto the question bank: which item ids the form defines, known
 * misspellings of them, section gates, the items that fill the questionnaire's header, and per bank question the
 * form items that answer it with their polarity. Rule-pack data ({@code forms/*.json}, listed under {@code forms}
 * in the catalog index); {@link Catalog} checks it against the question bank when it is loaded.
 *
 * @param form      the form's short name, e.g. {@code MDS2}
 * @param title     full title and edition, e.g. {@code MDS2 (ANSI/NEMA HN 1-2019)}
 * @param profile   the profile whose question bank the form answers
 * @param items     every item id the form defines, in form order
 * @param aliases   known misspelt ids in real forms, each to the id it stands for ({@code SHAD-15 → SAHD-15})
 * @param text      items answered with free text rather than yes/no/n/a (besides those in {@code meta})
 * @param gates     gate items: their answer makes the rest of a section not applicable
 * @param meta      questionnaire header fields (e.g. {@code vendor.name}) and the item whose answer fills each
 * @param questions bank questions and the items that answer them
 * @param meanings  per item id a short paraphrase of what the item asks, in our own words (never the form's text);
 *                  empty when the mapping does not describe its items, else one for every item
 * @param formAnswers bank questions the form answers by being what it is, with the value (a CAIQ answers "which
 *                  standard disclosure do you provide" with {@code CAIQ}, an MDS2 with {@code MDS2}), so that nobody
 *                  asks for it again; the form's file is their evidence
 * @param mixed     what a question gets whose items are partly secure and partly not when it has no partial value:
 *                  {@code insecure} (the default: one insecure item decides) or {@code unanswered} (the items
 *                  disagree; the question stays open and a note says so)
 * @param qualifiers  words that, at the start of a "yes" item's note ({@code Yes, optional}), mean the control exists
 *                    but may be off: such a qualified yes counts as partly secure (see {@link ItemPolarity#optional})
 * @param impliedAnswers bank questions the form's kind implies an answer to without proving it (an MDS2 describes a
 *                    medical device: {@code MD-MDR-CE}); they carry no evidence
 * @param stated      bank questions the form never answers but the caller can state with the reader's defaults
 *                    ({@code FormDefaults.withAnswer}); when the caller does not, the reader notes it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FormMapping(String form, String title, Profile profile, List<String> items, Map<String, String> aliases,
                          List<String> text, List<Gate> gates, Map<String, String> meta,
                          List<QuestionMapping> questions, Map<String, String> meanings,
                          Map<String, String> formAnswers, String mixed, List<String> qualifiers,
                          List<ImpliedAnswer> impliedAnswers, List<Stated> stated) {

    /** The header fields a form may fill, named as in the CSV questionnaire format. */
    public static final Set<String> META_FIELDS = Set.of("questionnaire.id", "questionnaire.submitted",
            "vendor.name", "vendor.country", "vendor.contact", "product.name", "product.version");

    /** {@link #mixed}: one insecure item makes the answer insecure. */
    public static final String MIXED_INSECURE = "insecure";
    /** {@link #mixed}: items that disagree leave the question unanswered. */
    public static final String MIXED_UNANSWERED = "unanswered";

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param form           the form's short name, e.g. {@code MDS2}
     * @param title          full title and edition, e.g. {@code MDS2 (ANSI/NEMA HN 1-2019)}
     * @param profile        the profile whose question bank the form answers
     * @param items          every item id the form defines, in form order
     * @param aliases        known misspelt ids in real forms, each to the id it stands for ({@code SHAD-15 →
     *                       SAHD-15})
     * @param text           items answered with free text rather than yes/no/n/a (besides those in {@code meta})
     * @param gates          gate items: their answer makes the rest of a section not applicable
     * @param meta           questionnaire header fields (e.g. {@code vendor.name}) and the item whose answer fills
     *                       each
     * @param questions      bank questions and the items that answer them
     * @param meanings       per item id a short paraphrase of what the item asks, in our own words (never the form's
     *                       text); empty when the mapping does not describe its items, else one for every item
     * @param formAnswers    bank questions the form answers by being what it is, with the value (a CAIQ answers
     *                       "which standard disclosure do you provide" with {@code CAIQ}, an MDS2 with {@code MDS2}),
     *                       so that nobody asks for it again; the form's file is their evidence
     * @param mixed          what a question gets whose items are partly secure and partly not when it has no partial
     *                       value: {@code insecure} (the default: one insecure item decides) or {@code unanswered}
     *                       (the items disagree; the question stays open and a note says so)
     * @param qualifiers     words that, at the start of a "yes" item's note ({@code Yes, optional}), mean the control
     *                       exists but may be off: such a qualified yes counts as partly secure (see {@link
     *                       ItemPolarity#optional})
     * @param impliedAnswers bank questions the form's kind implies an answer to without proving it (an MDS2 describes
     *                       a medical device: {@code MD-MDR-CE}); they carry no evidence
     * @param stated         bank questions the form never answers but the caller can state with the reader's defaults
     *                       ({@code FormDefaults.withAnswer}); when the caller does not, the reader notes it
     */
    public FormMapping {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(profile, "profile");
        title = title == null || title.isBlank() ? form : title;
        items = items == null ? List.of() : List.copyOf(items);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        text = text == null ? List.of() : List.copyOf(text);
        gates = gates == null ? List.of() : List.copyOf(gates);
        meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        questions = questions == null ? List.of() : List.copyOf(questions);
        meanings = meanings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meanings));
        formAnswers = formAnswers == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(formAnswers));
        mixed = mixed == null || mixed.isBlank() ? MIXED_INSECURE : mixed;
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
        impliedAnswers = impliedAnswers == null ? List.of() : List.copyOf(impliedAnswers);
        stated = stated == null ? List.of() : List.copyOf(stated);
    }

    /**
     * A mapping without item meanings or form answers, in which one insecure item decides a mixed question.
     *
     * @param form      the form's short name, e.g. {@code MDS2}
     * @param title     full title and edition, e.g. {@code MDS2 (ANSI/NEMA HN 1-2019)}
     * @param profile   the profile whose question bank the form answers
     * @param items     every item id the form defines, in form order
     * @param aliases   known misspelt ids in real forms, each to the id it stands for ({@code SHAD-15 → SAHD-15})
     * @param text      items answered with free text rather than yes/no/n/a (besides those in {@code meta})
     * @param gates     gate items: their answer makes the rest of a section not applicable
     * @param meta      questionnaire header fields (e.g. {@code vendor.name}) and the item whose answer fills each
     * @param questions bank questions and the items that answer them
     */
    public FormMapping(String form, String title, Profile profile, List<String> items, Map<String, String> aliases,
                       List<String> text, List<Gate> gates, Map<String, String> meta,
                       List<QuestionMapping> questions) {
        this(form, title, profile, items, aliases, text, gates, meta, questions, Map.of(), Map.of(), null);
    }

    /**
     * A mapping without qualified answers, implied answers or stated questions.
     *
     * @param form        the form's short name, e.g. {@code MDS2}
     * @param title       full title and edition, e.g. {@code MDS2 (ANSI/NEMA HN 1-2019)}
     * @param profile     the profile whose question bank the form answers
     * @param items       every item id the form defines, in form order
     * @param aliases     known misspelt ids in real forms, each to the id it stands for ({@code SHAD-15 → SAHD-15})
     * @param text        items answered with free text rather than yes/no/n/a (besides those in {@code meta})
     * @param gates       gate items: their answer makes the rest of a section not applicable
     * @param meta        questionnaire header fields (e.g. {@code vendor.name}) and the item whose answer fills each
     * @param questions   bank questions and the items that answer them
     * @param meanings    per item id a short paraphrase of what the item asks, in our own words (never the form's
     *                    text); empty when the mapping does not describe its items, else one for every item
     * @param formAnswers bank questions the form answers by being what it is, with the value (a CAIQ answers "which
     *                    standard disclosure do you provide" with {@code CAIQ}, an MDS2 with {@code MDS2}), so that
     *                    nobody asks for it again; the form's file is their evidence
     * @param mixed       what a question gets whose items are partly secure and partly not when it has no partial
     *                    value: {@code insecure} (the default: one insecure item decides) or {@code unanswered} (the
     *                    items disagree; the question stays open and a note says so)
     */
    public FormMapping(String form, String title, Profile profile, List<String> items, Map<String, String> aliases,
                       List<String> text, List<Gate> gates, Map<String, String> meta,
                       List<QuestionMapping> questions, Map<String, String> meanings,
                       Map<String, String> formAnswers, String mixed) {
        this(form, title, profile, items, aliases, text, gates, meta, questions, meanings, formAnswers, mixed, null,
                null, null);
    }

    /**
     * A bank question the form's kind implies an answer to, without proving it.
     *
     * @param question the bank question id
     * @param value    the answer value
     * @param why      why the form implies it, shown as the answer's comment
     */
    public record ImpliedAnswer(String question, String value, String why) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param question the bank question id
         * @param value    the answer value
         * @param why      why the form implies it, shown as the answer's comment
         */
        public ImpliedAnswer {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(value, "value");
            why = why == null ? "" : why;
        }
    }

    /**
     * A bank question the caller may state when reading the form (e.g. whether the device is certified under the
     * MDR or a legacy directive), with the note the reader adds when the caller does not.
     *
     * @param question the bank question id
     * @param note     what the reader notes when the answer is not given
     */
    public record Stated(String question, String note) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param question the bank question id
         * @param note     what the reader notes when the answer is not given
         */
        public Stated {
            Objects.requireNonNull(question, "question");
            note = note == null ? "" : note;
        }
    }

    /**
     * A section gate, e.g. MPII-1 answered "no" (the device handles no personal data): the other items of the
     * section are then not applicable, whatever the vendor wrote.
     *
     * @param item    the gate item
     * @param answer  the answer ({@code yes} or {@code no}) that closes the section
     * @param section the id prefix of the section's items, e.g. {@code MPII} or {@code CSUP-2}
     */
    public record Gate(String item, String answer, String section) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param item    the gate item
         * @param answer  the answer ({@code yes} or {@code no}) that closes the section
         * @param section the id prefix of the section's items, e.g. {@code MPII} or {@code CSUP-2}
         */
        public Gate {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(section, "section");
        }

        /**
         * {@return whether an item belongs to the section this gate closes (the gate itself does not)}
         *
         * @param id a form item id
         */
        public boolean covers(String id) {
            return !id.equals(item) && (id.startsWith(section + "-") || id.startsWith(section + "."));
        }
    }

    /**
     * A form item that answers a bank question, with its polarity.
     *
     * @param item           the item id
     * @param secure         the item's answer ({@code yes} or {@code no}) that speaks for the secure answer;
     *                       {@code no} for polarity-reversed items such as MDS2 AUTH-3
     * @param hospitalCanOwn whether the hospital can implement the control itself ({@code true} when not given):
     *                       {@code false} for a capability only the vendor can offer (a customer approval workflow,
     *                       customer-managed keys, published guidance), so that a form declaring it the customer's
     *                       does not shift a gap to the hospital
     * @param supporting     a narrower item that never answers the question alone; it joins the items that do, so
     *                       that a form contradicting itself shows as a mix rather than as a plain yes or no
     * @param insecureOnly   only the item's insecure answer counts (a finding); its secure answer proves nothing the
     *                       question asks (e.g. a practice where the question asks for a contractual commitment)
     * @param optional       how a qualified yes ({@code Yes, optional}: the feature exists but may be off) counts:
     *                       {@code partial} (the default when empty: partly secure, partly not), {@code secure} or
     *                       {@code insecure}
     * @param ignore         an answer ({@code yes} or {@code no}) that says nothing about the question and is not
     *                       counted, or empty (e.g. MDS2 TXCF-1: "personal data only over a dedicated cable" speaks
     *                       for network segregation when yes; no only means other paths exist)
     * @param group          items with the same group name count as one that is secure when any of them is (e.g.
     *                       multi-factor authentication or single sign-on), or empty
     */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record ItemPolarity(String item, String secure, Boolean hospitalCanOwn, boolean supporting,
                               boolean insecureOnly, String optional, String ignore, String group) {
        /** The values {@link #optional} accepts. */
        public static final Set<String> OPTIONAL_READINGS = Set.of("partial", "secure", "insecure");

        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param item           the item id
         * @param secure         the item's answer ({@code yes} or {@code no}) that speaks for the secure answer;
         *                       {@code no} for polarity-reversed items such as MDS2 AUTH-3
         * @param hospitalCanOwn whether the hospital can implement the control itself ({@code true} when not given):
         *                       {@code false} for a capability only the vendor can offer (a customer approval
         *                       workflow, customer-managed keys, published guidance), so that a form declaring it the
         *                       customer's does not shift a gap to the hospital
         * @param supporting     a narrower item that never answers the question alone; it joins the items that do, so
         *                       that a form contradicting itself shows as a mix rather than as a plain yes or no
         * @param insecureOnly   only the item's insecure answer counts (a finding); its secure answer proves nothing
         *                       the question asks (e.g. a practice where the question asks for a contractual
         *                       commitment)
         * @param optional       how a qualified yes ({@code Yes, optional}: the feature exists but may be off)
         *                       counts: {@code partial} (the default when empty: partly secure, partly not), {@code
         *                       secure} or {@code insecure}
         * @param ignore         an answer ({@code yes} or {@code no}) that says nothing about the question and is not
         *                       counted, or empty (e.g. MDS2 TXCF-1: "personal data only over a dedicated cable"
         *                       speaks for network segregation when yes; no only means other paths exist)
         * @param group          items with the same group name count as one that is secure when any of them is (e.g.
         *                       multi-factor authentication or single sign-on), or empty
         */
        public ItemPolarity {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(secure, "secure");
            hospitalCanOwn = hospitalCanOwn == null || hospitalCanOwn;
            optional = optional == null ? "" : optional;
            ignore = ignore == null ? "" : ignore;
            group = group == null ? "" : group;
        }

        /** {@return how a qualified yes counts: {@link #optional}, {@code partial} when not given} */
        public String optionalReading() {
            return optional.isEmpty() ? "partial" : optional;
        }

        /**
         * An item that counts both ways and that the hospital can own.
         *
         * @param item   the item id
         * @param secure the item's answer ({@code yes} or {@code no}) that speaks for the secure answer; {@code no}
         *               for polarity-reversed items such as MDS2 AUTH-3
         */
        public ItemPolarity(String item, String secure) {
            this(item, secure, true, false, false, null, null, null);
        }

        /**
         * An item with the CAIQ readings (ownership, supporting, insecure only).
         *
         * @param item           the item id
         * @param secure         the item's answer ({@code yes} or {@code no}) that speaks for the secure answer;
         *                       {@code no} for polarity-reversed items such as MDS2 AUTH-3
         * @param hospitalCanOwn whether the hospital can implement the control itself ({@code true} when not given):
         *                       {@code false} for a capability only the vendor can offer (a customer approval
         *                       workflow, customer-managed keys, published guidance), so that a form declaring it the
         *                       customer's does not shift a gap to the hospital
         * @param supporting     a narrower item that never answers the question alone; it joins the items that do, so
         *                       that a form contradicting itself shows as a mix rather than as a plain yes or no
         * @param insecureOnly   only the item's insecure answer counts (a finding); its secure answer proves nothing
         *                       the question asks (e.g. a practice where the question asks for a contractual
         *                       commitment)
         */
        public ItemPolarity(String item, String secure, Boolean hospitalCanOwn, boolean supporting,
                            boolean insecureOnly) {
            this(item, secure, hospitalCanOwn, supporting, insecureOnly, null, null, null);
        }

        /**
         * An item with the MDS2 readings (qualified yes, ignored answer, group).
         *
         * @param item     the item id
         * @param secure   the item's answer ({@code yes} or {@code no}) that speaks for the secure answer; {@code no}
         *                 for polarity-reversed items such as MDS2 AUTH-3
         * @param optional how a qualified yes ({@code Yes, optional}: the feature exists but may be off) counts:
         *                 {@code partial} (the default when empty: partly secure, partly not), {@code secure} or
         *                 {@code insecure}
         * @param ignore   an answer ({@code yes} or {@code no}) that says nothing about the question and is not
         *                 counted, or empty (e.g. MDS2 TXCF-1: "personal data only over a dedicated cable" speaks for
         *                 network segregation when yes; no only means other paths exist)
         * @param group    items with the same group name count as one that is secure when any of them is (e.g.
         *                 multi-factor authentication or single sign-on), or empty
         */
        public ItemPolarity(String item, String secure, String optional, String ignore, String group) {
            this(item, secure, true, false, false, optional, ignore, group);
        }
    }

    /**
     * An item answer that settles a question alone, whatever its other items say (e.g. MDS2 RMOT-1 = no: the device
     * permits no remote service sessions, so none needs the hospital's approval).
     *
     * @param item   the item id
     * @param answer the answer ({@code yes} or {@code no}) that settles the question
     * @param value  the question's answer then; {@code n/a} only where the question accepts it (else the question
     *               stays unanswered); empty to leave the question unanswered
     */
    public record Settle(String item, String answer, String value) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param item   the item id
         * @param answer the answer ({@code yes} or {@code no}) that settles the question
         * @param value  the question's answer then; {@code n/a} only where the question accepts it (else the question
         *               stays unanswered); empty to leave the question unanswered
         */
        public Settle {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(answer, "answer");
            value = value == null ? "" : value;
        }
    }

    /**
     * A value given instead of the secure one when a secure item's note matches a pattern (e.g. MDS2 RDMP-1 = yes
     * with the note "IEC 62304": the standard named; SAHD-2 = yes with the note "Internal": no independent
     * certificate).
     *
     * @param pattern a regular expression, matched case-insensitively anywhere in the note
     * @param value   the question's answer then
     */
    public record NoteValue(String pattern, String value) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param pattern a regular expression, matched case-insensitively anywhere in the note
         * @param value   the question's answer then
         */
        public NoteValue {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(value, "value");
        }

        /**
         * {@return whether a note names what this pattern looks for}
         *
         * @param note a note of the form (an item's comment or the sheet's remarks)
         */
        public boolean matches(String note) {
            return java.util.regex.Pattern.compile(pattern, java.util.regex.Pattern.CASE_INSENSITIVE).matcher(note)
                    .find();
        }
    }

    /**
     * The answer values a mapped question gets. For yes/no questions they follow from the question's secure
     * answer; enumerations and questions without a secure answer name them here. An empty secure or insecure value
     * leaves the question unanswered in that case (the form cannot tell which of several values applies).
     *
     * @param secure   when every answered item is secure
     * @param partial  when some are, or empty: then the insecure value
     * @param insecure when none is
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Values(String secure, String partial, String insecure) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param secure   when every answered item is secure
         * @param partial  when some are, or empty: then the insecure value
         * @param insecure when none is
         */
        public Values {
            Objects.requireNonNull(secure, "secure");
            Objects.requireNonNull(insecure, "insecure");
            partial = partial == null ? "" : partial;
        }
    }

    /**
     * One bank question answered from form items.
     *
     * @param question   the bank question id
     * @param items      the items, each with its polarity
     * @param values     the answer values to give, or {@code null} to derive them from the question's secure answer
     * @param why        a short paraphrase of why these items evidence the question (never the form's text)
     * @param settledBy  item answers that settle the question alone, the first that applies wins
     * @param noteValues values given instead of the secure value when a secure item's note names them, the first
     *                   that matches wins
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record QuestionMapping(String question, List<ItemPolarity> items, Values values, String why,
                                  List<Settle> settledBy, List<NoteValue> noteValues) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param question   the bank question id
         * @param items      the items, each with its polarity
         * @param values     the answer values to give, or {@code null} to derive them from the question's secure
         *                   answer
         * @param why        a short paraphrase of why these items evidence the question (never the form's text)
         * @param settledBy  item answers that settle the question alone, the first that applies wins
         * @param noteValues values given instead of the secure value when a secure item's note names them, the first
         *                   that matches wins
         */
        public QuestionMapping {
            Objects.requireNonNull(question, "question");
            items = items == null ? List.of() : List.copyOf(items);
            why = why == null ? "" : why;
            settledBy = settledBy == null ? List.of() : List.copyOf(settledBy);
            noteValues = noteValues == null ? List.of() : List.copyOf(noteValues);
        }

        /**
         * A question answered from items only.
         *
         * @param question the bank question id
         * @param items    the items, each with its polarity
         * @param values   the answer values to give, or {@code null} to derive them from the question's secure answer
         * @param why      a short paraphrase of why these items evidence the question (never the form's text)
         */
        public QuestionMapping(String question, List<ItemPolarity> items, Values values, String why) {
            this(question, items, values, why, null, null);
        }
    }

    /**
     * {@return the id an item stands for: itself when known, the corrected id for a known misspelling, else empty}
     *
     * @param id an item id as the form gives it
     */
    public Optional<String> canonical(String id) {
        if (items.contains(id)) {
            return Optional.of(id);
        }
        return Optional.ofNullable(aliases.get(id));
    }

    /**
     * {@return whether an item is answered with free text (header fields and {@link #text} items)}
     *
     * @param id an item id, already made canonical
     */
    public boolean isText(String id) {
        return text.contains(id) || meta.containsValue(id);
    }

    /**
     * {@return the gate that closes the section an item belongs to, if any}
     *
     * @param id an item id, already made canonical
     */
    public List<Gate> gatesCovering(String id) {
        return gates.stream().filter(g -> g.covers(id)).toList();
    }

    /**
     * {@return the mapping of a bank question, if the form answers it}
     *
     * @param questionId a question id of the bank
     */
    public Optional<QuestionMapping> question(String questionId) {
        return questions.stream().filter(q -> q.question().equals(questionId)).findFirst();
    }

    /** {@return every item that answers some bank question (also by settling it), in form order} */
    public List<String> mappedItems() {
        Set<String> used = new LinkedHashSet<>();
        questions.forEach(q -> q.items().forEach(i -> used.add(i.item())));
        questions.forEach(q -> q.settledBy().forEach(s -> used.add(s.item())));
        List<String> ordered = new ArrayList<>(items);
        ordered.retainAll(used);
        return ordered;
    }
}
