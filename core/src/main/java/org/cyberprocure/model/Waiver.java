package org.cyberprocure.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A gap the hospital accepts as a risk for one offer, until a date: one entry of a waiver file (schema
 * {@code waivers-1.schema.json}).
 *
 * @param id                  the waiver's id, unique in its file
 * @param requirementId       the requirement whose gap is accepted
 * @param questionnaireId     the submission it is for, or {@code null} when it names the vendor instead
 * @param vendor              the vendor's name it is for (case is ignored), or {@code null}
 * @param product             the product's name it is for (case is ignored), or {@code null} for any of the vendor's
 * @param reason              why the hospital accepts the risk
 * @param compensatingControl what the hospital does instead
 * @param acceptedBy          who accepted it (name and role)
 * @param acceptedOn          when it was accepted; not in force before
 * @param expiresOn           the last day it is in force (inclusive: a waiver expiring on 2027-03-31 still applies
 *                            as of 2027-03-31 and no longer as of 2027-04-01)
 */
public record Waiver(String id, String requirementId, String questionnaireId, String vendor, String product,
                     String reason, String compensatingControl, String acceptedBy, LocalDate acceptedOn,
                     LocalDate expiresOn) {

    /**
     * Checks the waiver names what it waives, who accepted it and until when, and whom it addresses.
     *
     * @param id                  the waiver's id, unique in its file
     * @param requirementId       the requirement whose gap is accepted
     * @param questionnaireId     the submission it is for, or {@code null} when it names the vendor instead
     * @param vendor              the vendor's name it is for (case is ignored), or {@code null}
     * @param product             the product's name it is for (case is ignored), or {@code null} for any of the
     *                            vendor's
     * @param reason              why the hospital accepts the risk
     * @param compensatingControl what the hospital does instead
     * @param acceptedBy          who accepted it (name and role)
     * @param acceptedOn          when it was accepted; not in force before
     * @param expiresOn           the last day it is in force (inclusive: a waiver expiring on 2027-03-31 still
     *                            applies as of 2027-03-31 and no longer as of 2027-04-01)
     * @throws NullPointerException when a required component (all but the questionnaire id and the vendor) is {@code
     *                              null}
     * @throws IllegalArgumentException when the waiver names neither a questionnaire nor a vendor
     */
    public Waiver {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(compensatingControl, "compensatingControl");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (questionnaireId == null && vendor == null) {
            throw new IllegalArgumentException("waiver " + id + " names neither a questionnaire nor a vendor");
        }
    }

    /**
     * {@return whether the waiver is addressed to this offer: its questionnaire id, or else its vendor's name}
     *
     * @param questionnaireIdOfOffer the offer's questionnaire id
     * @param vendorName the offer's vendor name
     */
    public boolean addressedTo(String questionnaireIdOfOffer, String vendorName) {
        return questionnaireId != null ? questionnaireId.equals(questionnaireIdOfOffer) : same(vendor, vendorName);
    }

    /**
     * {@return whether the waiver covers the product (any product when it names none)}
     *
     * @param productName the offer's product name
     */
    public boolean coversProduct(String productName) {
        return product == null || same(product, productName);
    }

    /**
     * {@return whether the waiver is in force on the date: accepted on or before it, expiring on or after it}
     *
     * @param date the as-of date of the evaluation
     */
    public boolean inForceOn(LocalDate date) {
        return !acceptedOn.isAfter(date) && !expiresOn.isBefore(date);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
