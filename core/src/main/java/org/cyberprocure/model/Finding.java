package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one requirement for one questionnaire, with everything needed to defend it.
 *
 * @param requirementId  the requirement decided
 * @param title          the requirement's title
 * @param domain         the requirement's report domain
 * @param status         the verdict
 * @param rationale      why, in words that refer to the vendor's answers
 * @param answers        the answers that decided it (empty when none was given)
 * @param rule           the rule that decided it, or empty when no rule fired
 * @param citation       the legal or guidance source
 * @param legalForce     legal force for this offer (may be {@link LegalForce#ADVISORY} after a scope gate)
 * @param severity       the requirement's severity
 * @param knockOut       whether the requirement is a knock-out criterion
 * @param acceptedRisk   when the status is {@link Status#RISK_ACCEPTED}: the original status and the waiver;
 *                       otherwise {@code null}
 * @param rationaleMessage the rationale as a message key with arguments, so a report can write it in its language;
 *                       {@code null} when the rationale was given as text only
 */
public record Finding(String requirementId, String title, String domain, Status status, String rationale,
                      List<Answer> answers, String rule, Citation citation, LegalForce legalForce,
                      Severity severity, boolean knockOut, AcceptedRisk acceptedRisk,
                      @JsonIgnore Message rationaleMessage) {

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param requirementId    the requirement decided
     * @param title            the requirement's title
     * @param domain           the requirement's report domain
     * @param status           the verdict
     * @param rationale        why, in words that refer to the vendor's answers
     * @param answers          the answers that decided it (empty when none was given)
     * @param rule             the rule that decided it, or empty when no rule fired
     * @param citation         the legal or guidance source
     * @param legalForce       legal force for this offer (may be {@link LegalForce#ADVISORY} after a scope gate)
     * @param severity         the requirement's severity
     * @param knockOut         whether the requirement is a knock-out criterion
     * @param acceptedRisk     when the status is {@link Status#RISK_ACCEPTED}: the original status and the waiver;
     *                         otherwise {@code null}
     * @param rationaleMessage the rationale as a message key with arguments, so a report can write it in its
     *                         language; {@code null} when the rationale was given as text only
     */
    public Finding {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(legalForce, "legalForce");
        Objects.requireNonNull(severity, "severity");
        answers = List.copyOf(answers);
        rule = rule == null ? "" : rule;
        if ((status == Status.RISK_ACCEPTED) != (acceptedRisk != null)) {
            throw new IllegalArgumentException(requirementId + ": an accepted risk needs its waiver, and only it");
        }
    }

    /**
     * A finding as the rules judged it, without a waiver, its rationale as a message.
     *
     * @param requirementId    the requirement decided
     * @param title            the requirement's title
     * @param domain           the requirement's report domain
     * @param status           the verdict
     * @param rationale        why, in words that refer to the vendor's answers
     * @param answers          the answers that decided it (empty when none was given)
     * @param rule             the rule that decided it, or empty when no rule fired
     * @param citation         the legal or guidance source
     * @param legalForce       legal force for this offer (may be {@link LegalForce#ADVISORY} after a scope gate)
     * @param severity         the requirement's severity
     * @param knockOut         whether the requirement is a knock-out criterion
     * @param rationaleMessage the rationale as a message key with arguments, so a report can write it in its
     *                         language; {@code null} when the rationale was given as text only
     */
    public Finding(String requirementId, String title, String domain, Status status, String rationale,
                   List<Answer> answers, String rule, Citation citation, LegalForce legalForce,
                   Severity severity, boolean knockOut, Message rationaleMessage) {
        this(requirementId, title, domain, status, rationale, answers, rule, citation, legalForce, severity, knockOut,
                null, rationaleMessage);
    }

    /**
     * {@return this gap accepted as a risk under the waiver; status and rationale as judged are kept}
     *
     * @param waiver the hospital's waiver that accepts this gap
     */
    public Finding acceptRisk(Waiver waiver) {
        return new Finding(requirementId, title, domain, Status.RISK_ACCEPTED, rationale, answers, rule, citation,
                legalForce, severity, knockOut, new AcceptedRisk(status, waiver, bindingKnockOut()), rationaleMessage);
    }

    /** {@return the status the rules gave, before any waiver} */
    public Status judgedStatus() {
        return acceptedRisk == null ? status : acceptedRisk.originalStatus();
    }

    /** {@return a knock-out criterion of binding law in force for this offer} */
    public boolean bindingKnockOut() {
        return knockOut && legalForce == LegalForce.BINDING_LAW;
    }

    /**
     * A finding as the rules judged it, without a waiver, its rationale text only (not translatable).
     *
     * @param requirementId the requirement decided
     * @param title         the requirement's title
     * @param domain        the requirement's report domain
     * @param status        the verdict
     * @param rationale     why, in words that refer to the vendor's answers
     * @param answers       the answers that decided it (empty when none was given)
     * @param rule          the rule that decided it, or empty when no rule fired
     * @param citation      the legal or guidance source
     * @param legalForce    legal force for this offer (may be {@link LegalForce#ADVISORY} after a scope gate)
     * @param severity      the requirement's severity
     * @param knockOut      whether the requirement is a knock-out criterion
     */
    public Finding(String requirementId, String title, String domain, Status status, String rationale,
                   List<Answer> answers, String rule, Citation citation, LegalForce legalForce,
                   Severity severity, boolean knockOut) {
        this(requirementId, title, domain, status, rationale, answers, rule, citation, legalForce, severity, knockOut,
                null, null);
    }

    /**
     * {@return whether this finding alone rejects the offer: a knock-out requirement that is not met and binds this
     * offer} An advisory row (a benchmark after a scope gate, or law not yet in force on the as-of date) is reported
     * as a gap but never rejects.
     */
    public boolean knockOutHit() {
        return knockOutWith(Status.NOT_MET);
    }

    /** {@return a knock-out criterion in force that is not answered: the offer cannot be judged until it is} */
    public boolean knockOutOpen() {
        return knockOutWith(Status.NOT_ANSWERED);
    }

    /** {@return a knock-out criterion in force that is only partly met: a named condition of award} */
    public boolean knockOutPartial() {
        return knockOutWith(Status.PARTIALLY_MET);
    }

    private boolean knockOutWith(Status s) {
        return knockOut && status == s && legalForce != LegalForce.ADVISORY;
    }
}
