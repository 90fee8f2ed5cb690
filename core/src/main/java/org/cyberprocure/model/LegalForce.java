package org.cyberprocure.model;

/** How strongly a requirement binds the vendor. */
public enum LegalForce {
    /** Directly applicable EU law (CRA, GDPR, MDR) or national law transposing a directive (NIS2). */
    BINDING_LAW,
    /** Guidance that authorities and notified bodies expect to be followed (MDCG, ENISA good practice). */
    EXPECTED_PRACTICE,
    /** Not binding for this offer; reported as a benchmark (e.g. the CRA for an MDR medical device). */
    ADVISORY
}
