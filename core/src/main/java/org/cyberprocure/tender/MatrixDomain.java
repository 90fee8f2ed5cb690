package org.cyberprocure.tender;

import java.util.List;
import java.util.Objects;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;

/**
 * The requirement × offer matrix of one report domain: the requirements on which the offers differ first, then
 * those on which they agree, each group in catalog order.
 *
 * @param domain the report domain
 * @param rows   one row per requirement
 */
public record MatrixDomain(String domain, List<Row> rows) {
    /**
     * Checks the domain and copies the rows.
     *
     * @param domain the report domain
     * @param rows   one row per requirement
     * @throws NullPointerException when {@code domain} or {@code rows} is {@code null}
     */
    public MatrixDomain {
        Objects.requireNonNull(domain, "domain");
        rows = List.copyOf(rows);
    }

    /**
     * One requirement across the offers.
     *
     * @param requirementId the requirement
     * @param title         its title
     * @param severity      its severity
     * @param knockOut      whether it is a knock-out criterion under the policy
     * @param differs       whether the offers do not all have the same status
     * @param statuses      the status of each offer, in ranking order
     */
    public record Row(String requirementId, String title, Severity severity, boolean knockOut, boolean differs,
                      List<Status> statuses) {
        /**
         * Checks the requirement id and copies the statuses.
         *
         * @param requirementId the requirement
         * @param title         its title
         * @param severity      its severity
         * @param knockOut      whether it is a knock-out criterion under the policy
         * @param differs       whether the offers do not all have the same status
         * @param statuses      the status of each offer, in ranking order
         * @throws NullPointerException when {@code requirementId} or {@code statuses} is {@code null}
         */
        public Row {
            Objects.requireNonNull(requirementId, "requirementId");
            statuses = List.copyOf(statuses);
        }
    }

    /** {@return how many of the domain's requirements differ between offers} */
    public long differing() {
        return rows.stream().filter(Row::differs).count();
    }
}
