package org.cyberprocure;

/** Base of every exception the library throws on purpose; unchecked. */
public abstract class CyberProcureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * For the two subclasses only.
     *
     * @param message the description shown to the integrator or user
     * @param cause the underlying exception, or {@code null}
     */
    protected CyberProcureException(String message, Throwable cause) {
        super(message, cause);
    }
}
