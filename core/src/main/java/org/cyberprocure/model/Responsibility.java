package org.cyberprocure.model;

/**
 * Who has to implement a control, as a vendor form declares it (e.g. the CSA shared security responsibility
 * model in a CAIQ). A gap in a control the hospital owns is the hospital's task, not the vendor's shortfall.
 */
public enum Responsibility {
    /** The vendor (or a subcontractor it answers for) implements the control. */
    VENDOR,
    /** Vendor and hospital each implement part of the control. */
    SHARED,
    /** The hospital, as the vendor's customer, implements the control. */
    HOSPITAL
}
