package org.cyberprocure.model;

/** How much a requirement matters; also its default scoring weight. */
public enum Severity {
    /** Weight 4 by default. */
    CRITICAL(4),
    /** Weight 3 by default. */
    HIGH(3),
    /** Weight 2 by default. */
    MEDIUM(2),
    /** Weight 1 by default. */
    LOW(1);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    /** {@return the default weight in scores; a policy may set others} */
    public int weight() {
        return weight;
    }
}
