package org.cyberprocure.model;

/** What is being procured; decides which scope gates and requirements can apply. */
public enum ProductKind {
    /** A hosted service (SaaS, PaaS, IaaS, managed hosting) that will hold hospital data. */
    CLOUD_SERVICE,
    /** A device placed on the EU market under the MDR (Regulation (EU) 2017/745) or IVDR. */
    MEDICAL_DEVICE,
    /** Any other product with digital elements (installable software, appliances, gateways). */
    SOFTWARE_PRODUCT
}
