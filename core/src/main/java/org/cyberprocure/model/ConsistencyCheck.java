package org.cyberprocure.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cross-check between answers that cannot all be true, e.g. "no SBOM" but "the SBOM is CycloneDX". A
 * contradiction is reported on its own: it is not a requirement gap, but the offer cannot be trusted until the
 * vendor clarifies it.
 *
 * @param id          stable id, e.g. {@code CONS-SBOM}
 * @param title       short title
 * @param explanation why the answers cannot all hold
 * @param profiles    profiles it is checked for
 * @param questions   the questions it compares
 * @param severity    how much the contradiction matters
 * @param remediation what the vendor should clarify
 */
public record ConsistencyCheck(String id, String title, String explanation, Set<Profile> profiles,
                               List<String> questions, Severity severity, String remediation) {

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param id          stable id, e.g. {@code CONS-SBOM}
     * @param title       short title
     * @param explanation why the answers cannot all hold
     * @param profiles    profiles it is checked for
     * @param questions   the questions it compares
     * @param severity    how much the contradiction matters
     * @param remediation what the vendor should clarify
     */
    public ConsistencyCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(severity, "severity");
        profiles = Set.copyOf(profiles);
        questions = List.copyOf(questions);
        remediation = remediation == null ? "" : remediation;
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("consistency check " + id + " belongs to no profile");
        }
    }

    /**
     * {@return whether this check runs for questionnaires of the given profile}
     *
     * @param profile the profile of a questionnaire
     */
    public boolean appliesTo(Profile profile) {
        return profiles.contains(profile);
    }
}
