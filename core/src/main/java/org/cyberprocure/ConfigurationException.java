package org.cyberprocure;

/**
 * Something the integrator must fix: no rule pack on the class path, a rule pack whose rules and catalog
 * disagree, a KieBase that cannot be loaded.
 */
public final class ConfigurationException extends CyberProcureException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
