package org.cyberprocure.model;

import java.util.List;
import java.util.Objects;

/**
 * Marks a requirement as the hospital's own standard: stricter than the law it serves (24 hours instead of
 * "without undue delay", say), scored as expected practice, its numbers taken from the policy's thresholds. The
 * binding row it serves decides only what the legal text requires; a knock-out on this row is the hospital's
 * choice and reports name it so.
 *
 * @param serves     the id of the requirement (usually binding law) whose purpose this standard serves
 * @param thresholds the policy threshold keys its rules apply, e.g. {@code breachNoticeHours}
 */
public record HospitalStandard(String serves, List<String> thresholds) {
    /**
     * Checks the components; see the type description for their meaning.
     *
     * @param serves     the id of the requirement (usually binding law) whose purpose this standard serves
     * @param thresholds the policy threshold keys its rules apply, e.g. {@code breachNoticeHours}
     */
    public HospitalStandard {
        Objects.requireNonNull(serves, "serves");
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }
}
