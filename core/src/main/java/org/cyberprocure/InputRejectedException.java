package org.cyberprocure;

import java.util.List;
import java.util.Objects;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.SourceLocation;

/**
 * Untrusted input refused: anything the vendor can fix. Carries every problem found, each with a reason code,
 * a location and a message that is safe to show (bounded in length, control characters removed).
 */
public final class InputRejectedException extends CyberProcureException {
    private static final long serialVersionUID = 1L;
    private static final int MESSAGE_PROBLEMS = 5;

    /** Why an input was refused. */
    public enum Reason {
        /** The file cannot be read at all (I/O error, missing or empty file). */
        UNREADABLE,
        /** The file is not UTF-8: UTF-16 or UTF-32, or bytes of a legacy code page such as Latin-1. */
        BAD_ENCODING,
        /** The file or one of its values is larger than the limits allow. */
        TOO_LARGE,
        /**
         * The file name or content does not tell a supported format or format version (e.g. an SPDX or CycloneDX 1.3
         * SBOM).
         */
        UNSUPPORTED_FORMAT,
        /** Not well-formed JSON: syntax error, duplicate key, trailing content. */
        MALFORMED_JSON,
        /** Not well-formed CSV: unterminated quote, missing or duplicate columns, short rows. */
        MALFORMED_CSV,
        /** A JSON field the format does not define (a typo, or data meant for another tool). */
        UNKNOWN_FIELD,
        /** Well-formed JSON that breaks the published questionnaire schema. */
        SCHEMA_VIOLATION,
        /** A required field (questionnaire id, profile, vendor, ...) is missing or invalid. */
        INVALID_FIELD,
        /** An answer names a question id that the question bank does not have. */
        UNKNOWN_QUESTION,
        /** A question of the bank that belongs to another profile, or a product kind the profile is not written for. */
        WRONG_PROFILE,
        /** The same question is answered twice. */
        DUPLICATE_ANSWER,
        /** An answer value that the question does not accept. */
        INVALID_VALUE,
        /** A date that cannot be true: a past event (a test, an audit) dated after the submission. */
        IMPLAUSIBLE_DATE
    }

    /**
     * One problem found in the input.
     *
     * @param reason   the reason code
     * @param location where; its source name, JSON pointer and sheet name are cleaned like the message, since
     *                 they can come from the input (a file name, a field name, a worksheet name)
     * @param message  what, safe to show
     */
    public record Problem(Reason reason, SourceLocation location, String message) {
        /**
         * Checks the components; see the type description for their meaning.
         *
         * @param reason   the reason code
         * @param location where; its source name, JSON pointer and sheet name are cleaned like the message, since
         *                 they can come from the input (a file name, a field name, a worksheet name)
         * @param message  what, safe to show
         */
        public Problem {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(location, "location");
            location = new SourceLocation(SafeText.clean(location.source(), SafeText.NAME_LIMIT), location.line(),
                    location.column(), SafeText.clean(location.pointer(), SafeText.NAME_LIMIT),
                    SafeText.clean(location.sheet(), SafeText.NAME_LIMIT));
            message = SafeText.clean(Objects.requireNonNull(message, "message"), SafeText.MESSAGE_LIMIT);
        }

        /**
         * e.g. {@code vendor.json at /answers/2/value: INVALID_VALUE: ...}.
         *
         * @return every problem on a line of its own, in input order, each with its location and reason code
         */
        public String describe() {
            return location.describe() + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    /**
     * A rejection listing every problem found (at least one), in input order.
     *
     * @param problems the problems, at least one, in input order
     */
    public InputRejectedException(List<Problem> problems) {
        super(summary(problems), null);
        this.problems = List.copyOf(problems);
    }

    /**
     * A rejection for one problem.
     *
     * @param problem the one problem found
     */
    public InputRejectedException(Problem problem) {
        this(List.of(problem));
    }

    /**
     * A rejection for one problem, given by its parts.
     *
     * @param reason the reason code a program can branch on
     * @param location where in the input the problem is
     * @param message what is wrong there, in words for the person who fixes the input
     */
    public InputRejectedException(Reason reason, SourceLocation location, String message) {
        this(new Problem(reason, location, message));
    }

    /** {@return every problem found, in input order; never empty} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return the reason of the first problem} */
    public Reason reason() {
        return problems.get(0).reason();
    }

    /** {@return the input's name, as the caller gave it} */
    public String source() {
        return problems.get(0).location().source();
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        StringBuilder text = new StringBuilder();
        if (problems.size() > 1) {
            text.append(problems.size()).append(" problems in ").append(problems.get(0).location().source())
                    .append(":");
        }
        problems.stream().limit(MESSAGE_PROBLEMS).forEach(p -> {
            if (problems.size() > 1) {
                text.append("\n  ");
            }
            text.append(p.describe());
        });
        if (problems.size() > MESSAGE_PROBLEMS) {
            text.append("\n  ... and ").append(problems.size() - MESSAGE_PROBLEMS).append(" more");
        }
        return text.toString();
    }
}
