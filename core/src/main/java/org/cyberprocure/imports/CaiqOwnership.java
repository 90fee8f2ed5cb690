package org.cyberprocure.imports;

import java.util.Locale;
import java.util.Optional;
import org.cyberprocure.model.Responsibility;

/**
 * The control ownership values of the CSA shared security responsibility model (SSRM) as a CAIQ v4 answer sheet
 * states them per question, and who has to close a gap in each.
 */
public enum CaiqOwnership {
    /** The provider implements the control. */
    CSP_OWNED("CSP-owned", Responsibility.VENDOR),
    /** The customer (the hospital) implements the control. */
    CSC_OWNED("CSC-owned", Responsibility.HOSPITAL),
    /** The provider answers for its subcontractor. */
    THIRD_PARTY_OUTSOURCED("Third-party outsourced", Responsibility.VENDOR),
    /** Provider and customer share the control. */
    SHARED_CSP_AND_CSC("Shared CSP and CSC", Responsibility.SHARED),
    /** Shared between the provider and its subcontractor: still the provider's towards the hospital. */
    SHARED_CSP_AND_THIRD_PARTY("Shared CSP and 3rd Party", Responsibility.VENDOR),
    /** The control is out of scope for the service; nothing moves to the hospital. */
    NOT_APPLICABLE("N/A", Responsibility.VENDOR);

    private final String label;
    private final Responsibility responsibility;

    CaiqOwnership(String label, Responsibility responsibility) {
        this.label = label;
        this.responsibility = responsibility;
    }

    /** {@return the value as the CAIQ writes it, e.g. {@code Shared CSP and CSC}; kept as {@code FormItem.owner()}} */
    public String label() {
        return label;
    }

    /** {@return who closes a gap in a control with this owner} */
    public Responsibility responsibility() {
        return responsibility;
    }

    /**
     * Reads an ownership cell leniently: case, hyphens and spacing do not matter, "3rd party" and "third party"
     * are the same, "customer" stands for CSC and "provider" for CSP.
     *
     * @param cell the cell's text, possibly blank
     * @return the ownership the cell names, or empty when blank or not recognised
     */
    public static Optional<CaiqOwnership> parse(String cell) {
        String text = cell.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/]+", " ").strip()
                .replace("3rd party", "third party").replace("cloud service customer", "csc")
                .replace("cloud service provider", "csp").replace("customer", "csc").replace("provider", "csp");
        return Optional.ofNullable(switch (text) {
            case "csp owned", "csp" -> CSP_OWNED;
            case "csc owned", "csc" -> CSC_OWNED;
            case "third party outsourced", "third party", "outsourced" -> THIRD_PARTY_OUTSOURCED;
            case "shared csp and csc", "shared csp csc", "shared" -> SHARED_CSP_AND_CSC;
            case "shared csp and third party", "shared csp third party" -> SHARED_CSP_AND_THIRD_PARTY;
            case "n/a", "na", "n a", "not applicable" -> NOT_APPLICABLE;
            default -> null;
        });
    }
}
