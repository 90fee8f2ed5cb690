package org.cyberprocure.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One requirement of the catalog: what a vendor must meet, where it comes from and what to do about a gap.
 *
 * @param id             stable id, e.g. {@code CRA-AI-P1-2b}, {@code EHP-GP-M06}
 * @param title          short title
 * @param citation       the source
 * @param paraphrase     what the source asks, in the project's own words
 * @param domain         report grouping, e.g. {@code Access control}
 * @param profiles       profiles the requirement belongs to
 * @param legalForce     legal force when the requirement applies
 * @param severity       importance and default weight
 * @param knockOut       when true, {@link Status#NOT_MET} rejects the offer
 * @param questions      the question ids whose answers decide it
 * @param remediation    what the vendor can do to close a gap
 * @param contractClause a clause the hospital can put into the contract
 * @param crosswalk      ids of related requirements in other sources
 * @param effectiveFrom  date from which the source binds, or {@code null} when already in force
 * @param phase          procurement phase the source places it in (ENISA: general, plan, source, manage), or
 *                       empty
 * @param assetTypes     asset types it concerns (e.g. {@code medical-device}, {@code cloud-service}), or empty
 *                       for all
 * @param hospitalStandard when not {@code null}, this row is the hospital's own stricter standard (expected
 *                       practice, thresholds from the policy), not law: see {@link HospitalStandard}
 * @param scopeGroups    gate targets besides the citation's instrument, e.g. {@code GDPR-PROCESSOR}: a scope
 *                       gate naming one of them hits this row
 */
public record Requirement(String id, String title, Citation citation, String paraphrase, String domain,
                          Set<Profile> profiles, LegalForce legalForce, Severity severity, boolean knockOut,
                          List<String> questions, String remediation, String contractClause,
                          List<String> crosswalk, LocalDate effectiveFrom, String phase,
                          List<String> assetTypes, HospitalStandard hospitalStandard, List<String> scopeGroups) {

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param id               stable id, e.g. {@code CRA-AI-P1-2b}, {@code EHP-GP-M06}
     * @param title            short title
     * @param citation         the source
     * @param paraphrase       what the source asks, in the project's own words
     * @param domain           report grouping, e.g. {@code Access control}
     * @param profiles         profiles the requirement belongs to
     * @param legalForce       legal force when the requirement applies
     * @param severity         importance and default weight
     * @param knockOut         when true, {@link Status#NOT_MET} rejects the offer
     * @param questions        the question ids whose answers decide it
     * @param remediation      what the vendor can do to close a gap
     * @param contractClause   a clause the hospital can put into the contract
     * @param crosswalk        ids of related requirements in other sources
     * @param effectiveFrom    date from which the source binds, or {@code null} when already in force
     * @param phase            procurement phase the source places it in (ENISA: general, plan, source, manage), or
     *                         empty
     * @param assetTypes       asset types it concerns (e.g. {@code medical-device}, {@code cloud-service}), or empty
     *                         for all
     * @param hospitalStandard when not {@code null}, this row is the hospital's own stricter standard (expected
     *                         practice, thresholds from the policy), not law: see {@link HospitalStandard}
     * @param scopeGroups      gate targets besides the citation's instrument, e.g. {@code GDPR-PROCESSOR}: a scope
     *                         gate naming one of them hits this row
     */
    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(paraphrase, "paraphrase");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(legalForce, "legalForce");
        Objects.requireNonNull(severity, "severity");
        profiles = Set.copyOf(profiles);
        questions = List.copyOf(questions);
        remediation = remediation == null ? "" : remediation;
        contractClause = contractClause == null ? "" : contractClause;
        crosswalk = crosswalk == null ? List.of() : List.copyOf(crosswalk);
        phase = phase == null ? "" : phase;
        assetTypes = assetTypes == null ? List.of() : List.copyOf(assetTypes);
        scopeGroups = scopeGroups == null ? List.of() : List.copyOf(scopeGroups);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("requirement " + id + " belongs to no profile");
        }
        if (hospitalStandard != null && legalForce != LegalForce.EXPECTED_PRACTICE) {
            throw new IllegalArgumentException("requirement " + id + " is a hospital standard, so its legal force is "
                    + "EXPECTED_PRACTICE, not " + legalForce);
        }
    }

    /**
     * A catalog row without hospital standard or scope groups.
     *
     * @param id             stable id, e.g. {@code CRA-AI-P1-2b}, {@code EHP-GP-M06}
     * @param title          short title
     * @param citation       the source
     * @param paraphrase     what the source asks, in the project's own words
     * @param domain         report grouping, e.g. {@code Access control}
     * @param profiles       profiles the requirement belongs to
     * @param legalForce     legal force when the requirement applies
     * @param severity       importance and default weight
     * @param knockOut       when true, {@link Status#NOT_MET} rejects the offer
     * @param questions      the question ids whose answers decide it
     * @param remediation    what the vendor can do to close a gap
     * @param contractClause a clause the hospital can put into the contract
     * @param crosswalk      ids of related requirements in other sources
     * @param effectiveFrom  date from which the source binds, or {@code null} when already in force
     * @param phase          procurement phase the source places it in (ENISA: general, plan, source, manage), or
     *                       empty
     * @param assetTypes     asset types it concerns (e.g. {@code medical-device}, {@code cloud-service}), or empty
     *                       for all
     */
    public Requirement(String id, String title, Citation citation, String paraphrase, String domain,
                       Set<Profile> profiles, LegalForce legalForce, Severity severity, boolean knockOut,
                       List<String> questions, String remediation, String contractClause,
                       List<String> crosswalk, LocalDate effectiveFrom, String phase, List<String> assetTypes) {
        this(id, title, citation, paraphrase, domain, profiles, legalForce, severity, knockOut, questions,
                remediation, contractClause, crosswalk, effectiveFrom, phase, assetTypes, null, List.of());
    }

    /** {@return whether this row is the hospital's own standard rather than a legal or guidance requirement} */
    public boolean isHospitalStandard() {
        return hospitalStandard != null;
    }

    /**
     * {@return whether a scope gate aimed at {@code target} (an instrument or a scope group) hits this row}
     *
     * @param target an instrument (e.g. {@code CRA}) or a scope group
     */
    public boolean inScopeOf(String target) {
        return citation.instrument().equals(target) || scopeGroups.contains(target);
    }

    /**
     * {@return whether this requirement is part of the given profile}
     *
     * @param profile the profile
     */
    public boolean appliesTo(Profile profile) {
        return profiles.contains(profile);
    }
}
