package org.cyberprocure.model;

import java.util.List;
import java.util.Objects;

/**
 * Where an answer came from when it was mapped from a vendor's own form rather than answered directly.
 *
 * @param form           the form's short name, e.g. {@code MDS2} or {@code CAIQ}
 * @param items          the form's item ids the answer was derived from, e.g. {@code [AUTH-3, PAUT-1]}; empty when
 *                       the form itself gives the answer (an MDS2 is itself the standard disclosure)
 * @param responsibility who implements the control, as the form declares it
 */
public record AnswerOrigin(String form, List<String> items, Responsibility responsibility) {
    /** Checks the components and makes the lists immutable; see the type description for their meaning. */
    public AnswerOrigin {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(responsibility, "responsibility");
        items = List.copyOf(items);
    }

    /** {@link #describe()} as a message a report writes in its language. */
    public Message message() {
        return items.isEmpty() ? Message.of("origin.form", form) : Message.of("origin.items", form,
                String.join(", ", items));
    }

    /** Short form for reports: {@code MDS2 AUTH-3, PAUT-1}; {@code CAIQ (the form itself)} without items. */
    public String describe() {
        return form + " " + (items.isEmpty() ? "(the form itself)" : String.join(", ", items));
    }
}
