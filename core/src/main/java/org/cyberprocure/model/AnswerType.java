package org.cyberprocure.model;

/** The kind of value a question accepts. */
public enum AnswerType {
    /** {@code yes} or {@code no} (and {@code n/a} where the question allows it). */
    YES_NO,
    /** {@code yes}, {@code partial} or {@code no} (and {@code n/a} where allowed). */
    YES_NO_PARTIAL,
    /** One of the question's allowed values. */
    ENUM,
    /** An ISO-8601 calendar date, e.g. {@code 2031-12-31}. */
    DATE,
    /** A decimal number. */
    NUMBER,
    /** Free text. */
    TEXT
}
