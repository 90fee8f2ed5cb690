package org.cyberprocure.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text a reader sees, as a message key with arguments, so it can be written in any language the bundles have
 * (see {@code docs/i18n.md}). Rules record verdicts with messages, never with English sentences.
 *
 * <p>Arguments keep their type until the text is written in a language: a {@link String} is shown as is (a
 * vendor's comment, an id), a {@link Number} and a {@link LocalDate} are written in the language's form, an
 * {@link Answer} shows its value (a coded value by its label in that language), a nested {@code Message} is
 * written in the same language, and a {@link List} of any of these is joined with commas.
 *
 * @param key       the bundle key, e.g. {@code msg.GDPR-32-1a.2}
 * @param arguments the values of the placeholders {@code {0}}, {@code {1}}, ...
 * @param fallback  the text to show when no bundle has the key (a catalog built in code, a requirement a policy
 *                  added), or {@code null} when a missing key is an error
 */
public record Message(String key, List<Object> arguments, String fallback) {

    /**
     * Checks the key and copies the arguments.
     *
     * @param key       the bundle key, e.g. {@code msg.GDPR-32-1a.2}
     * @param arguments the values of the placeholders {@code {0}}, {@code {1}}, ...
     * @param fallback  the text to show when no bundle has the key (a catalog built in code, a requirement a policy
     *                  added), or {@code null} when a missing key is an error
     * @throws NullPointerException     when {@code key} or {@code arguments} is {@code null}, or an argument is
     * @throws IllegalArgumentException when the key is blank or an argument is of a type a message cannot format
     */
    public Message {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a message key must not be blank");
        }
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            if (!supported(argument)) {
                throw new IllegalArgumentException("message " + key + " has an argument of unsupported type "
                        + argument.getClass().getName());
            }
        }
    }

    /**
     * {@return a message with its arguments in placeholder order; a {@code null} argument is written as an empty
     * text}
     *
     * @param key the message key, e.g. {@code msg.mfa.missing}
     * @param arguments the arguments: text, numbers, dates or other messages
     */
    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.stream(arguments).map(a -> a == null ? "" : a).toList(), null);
    }

    /**
     * {@return a text of the catalog by key (e.g. {@code req.GDPR-32-1a.title}), shown as {@code fallback} where no
     * bundle has it}
     *
     * @param key the catalog key
     * @param fallback the text to show when no bundle has the key
     */
    public static Message withFallback(String key, String fallback) {
        return new Message(key, List.of(), Objects.requireNonNull(fallback, "fallback"));
    }

    private static boolean supported(Object argument) {
        return argument instanceof String || argument instanceof Number || argument instanceof LocalDate
                || argument instanceof Answer || argument instanceof Message || argument instanceof Boolean
                || argument instanceof List<?> list && list.stream().allMatch(Message::supported);
    }
}
