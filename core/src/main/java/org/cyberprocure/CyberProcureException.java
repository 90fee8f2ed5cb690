package org.cyberprocure;

/** Base of every exception the library throws on purpose; unchecked. */
public abstract class CyberProcureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** For the two subclasses only. */
    protected CyberProcureException(String message, Throwable cause) {
        super(message, cause);
    }
}
