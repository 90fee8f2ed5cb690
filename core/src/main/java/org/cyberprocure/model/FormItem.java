package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One answered item of a vendor's own form (MDS2, CAIQ), as read, before mapping onto the question bank. Items
 * are facts in the rule session, so that consistency rules can check the form itself.
 *
 * @param form           the form's short name, e.g. {@code MDS2}
 * @param id             the item id as the form defines it (known misspellings already corrected)
 * @param value          {@code yes}, {@code no}, {@code n/a}, or the text of an item that is not a yes/no question
 * @param note           the vendor's note on the item, or empty
 * @param responsibility who implements the control, as the form declares it ({@link Responsibility#VENDOR} when
 *                       the form does not say)
 * @param location       where the item was read
 * @param owner          the control owner in the form's own words, normalised (a CAIQ's SSRM control ownership,
 *                       e.g. {@code CSP-owned}, {@code N/A}), or empty when the form has no such column; kept
 *                       because {@code responsibility} folds several owners together, and consistency rules
 *                       need the exact one
 */
public record FormItem(String form, String id, String value, String note, Responsibility responsibility,
                       SourceLocation location, @JsonInclude(JsonInclude.Include.NON_EMPTY) String owner) {
    /** The value of an item listed with a blank answer (an unknown item is listed whatever it says). */
    public static final String BLANK = "(blank)";

    /** Checks the components; see the type description for their meaning. */
    public FormItem {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
        note = note == null ? "" : note;
        responsibility = responsibility == null ? Responsibility.VENDOR : responsibility;
        owner = owner == null ? "" : owner;
    }

    /** An item of a form that does not name control owners (e.g. MDS2). */
    public FormItem(String form, String id, String value, String note, Responsibility responsibility,
                    SourceLocation location) {
        this(form, id, value, note, responsibility, location, "");
    }

    /** Whether the form answers this item with yes. */
    public boolean isYes() {
        return "yes".equals(value);
    }

    /** Whether the form answers this item with no. */
    public boolean isNo() {
        return "no".equals(value);
    }

    /** {@link #describe()} as a message a report writes in its language: {@code MDS2 SBOM-1 = nein}. */
    public Message message() {
        return Message.of("form.item", form, id, valueMessage());
    }

    /** The value as a message: yes, no, n/a and a blank answer in the report's language, any other text as is. */
    public Message valueMessage() {
        return valueMessage(value);
    }

    /** A form's answer value as a message (see {@link #valueMessage()}). */
    public static Message valueMessage(String value) {
        return switch (value) {
            case "yes", "no" -> Message.of("form.value." + value);
            case Answer.NOT_APPLICABLE -> Message.of("form.value.na");
            case BLANK -> Message.of("form.value.blank");
            default -> Message.of("text.asIs", value);
        };
    }

    /** Short form used in messages: {@code MDS2 SBOM-1 = no}. */
    public String describe() {
        return form + " " + id + " = " + value;
    }
}
