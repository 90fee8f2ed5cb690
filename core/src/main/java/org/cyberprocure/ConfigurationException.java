package org.cyberprocure;

/**
 * Something the integrator must fix: no rule pack on the class path, a rule pack whose rules and catalog
 * disagree, a KieBase that cannot be loaded.
 */
public final class ConfigurationException extends CyberProcureException {
    private static final long serialVersionUID = 1L;

    /**
     * An integration mistake, described so that the integrator knows what to fix.
     *
     * @param message what is wrong and what to change, e.g. the missing dependency or the unknown requirement id
     */
    public ConfigurationException(String message) {
        super(message, null);
    }

    /**
     * An integration mistake, with the exception that revealed it.
     *
     * @param message what is wrong and what to change
     * @param cause the exception that revealed the mistake
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
