package org.cyberprocure.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.internal.Prose;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Message;

/**
 * The texts of one language, from {@link Translations#texts}. A key the language lacks is written in English and
 * remembered ({@link #fellBackToEnglish()}), so a report can say how much of it is not translated.
 *
 * <p>Patterns are {@link MessageFormat} patterns ({@code {0}}, {@code ''} for an apostrophe). Arguments are
 * written in the language before they are inserted: dates with the pattern of key {@code format.date}, decimals
 * with the language's separator, an {@link Answer} by its value (a coded value by its {@code value.<CODE>} label
 * in languages other than English, so English rationales show the value exactly as answered), a nested
 * {@link Message} in the same language, a list joined with commas.
 */
public final class Texts {
    /** The key of a text given as is; its pattern, {@code {0}}, is in every language's labels. */
    public static final String LITERAL = "text";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Locale locale;
    private final Map<String, String> own;
    private final Map<String, String> english;
    private final boolean isEnglish;
    private final DateTimeFormatter dates;
    private final Set<String> fellBack = ConcurrentHashMap.newKeySet();
    private final boolean overrides;
    /**
     * Each pattern parsed once (parsing dominated evaluation time, docs/performance.md); shared with the
     * {@link #fresh()} copies. Each use formats a clone: a {@code MessageFormat} is not safe for concurrent use.
     */
    private final Map<String, Parsed> parsed;

    /** A parsed pattern, and which of its placeholders carry a format type ({@code {0,number}}). */
    private record Parsed(MessageFormat format, boolean[] typed) {
        static Parsed of(String pattern, Locale locale) {
            MessageFormat format = new MessageFormat(pattern, locale);
            java.text.Format[] formats = format.getFormatsByArgumentIndex();
            boolean[] typed = new boolean[formats.length];
            for (int i = 0; i < formats.length; i++) {
                typed[i] = formats[i] != null;
            }
            return new Parsed(format, typed);
        }
    }

    Texts(Locale locale, Map<String, String> own, Map<String, String> english, boolean overrides) {
        this(locale, own, english, overrides, new ConcurrentHashMap<>());
    }

    private Texts(Locale locale, Map<String, String> own, Map<String, String> english, boolean overrides,
                  Map<String, Parsed> parsed) {
        this.parsed = parsed;
        this.locale = locale;
        this.overrides = overrides;
        this.own = own;
        this.english = english;
        this.isEnglish = locale.getLanguage().equals("en");
        String datePattern = own.getOrDefault("format.date", english.get("format.date"));
        try {
            this.dates = DateTimeFormatter.ofPattern(datePattern == null ? "uuuu-MM-dd" : datePattern, locale);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("format.date of language " + locale + " is not a date pattern: "
                    + datePattern, e);
        }
    }

    /**
     * {@return the same texts with no key yet counted as fallen back: one per report, to count what it shows in
     * English}
     */
    public Texts fresh() {
        return new Texts(locale, own, english, overrides, parsed);
    }

    /** {@return whether a language pack changed any text of this language (for English: of the bundled English)} */
    public boolean hasOverrides() {
        return overrides;
    }

    /** {@return the language, e.g. {@code de}} */
    public Locale locale() {
        return locale;
    }

    /**
     * {@return whether the key has a text in this language or in English}
     *
     * @param key a message key
     */
    public boolean has(String key) {
        return own.containsKey(key) || english.containsKey(key);
    }

    /**
     * {@return the text of a key with its arguments}
     *
     * @param key a message key
     * @param arguments the {@link java.text.MessageFormat} arguments, in placeholder order
     * @throws ConfigurationException when not even English has the key (a programming or rule-pack error)
     */
    public String text(String key, Object... arguments) {
        String pattern = pattern(key);
        if (pattern == null) {
            throw new ConfigurationException("message key '" + key + "' is in no bundle");
        }
        return fill(key, pattern, arguments);
    }

    /**
     * {@return the text of a key, or {@code otherwise} when no bundle has it (e.g. a requirement a policy added)}
     *
     * @param key a message key
     * @param otherwise the text to use when no bundle has the key
     * @param arguments the {@link java.text.MessageFormat} arguments, in placeholder order
     */
    public String textOr(String key, String otherwise, Object... arguments) {
        String pattern = pattern(key);
        return pattern == null ? otherwise : fill(key, pattern, arguments);
    }

    /**
     * {@return a message written in this language} A rule's text (key {@code msg.*}, or {@value #LITERAL} for a text
     * a rule gave as is) is tidied afterwards, since an empty argument (a vendor's blank comment) may leave a dangling
     * colon or a doubled full stop.
     *
     * @param message a message a rule or the library made
     */
    public String format(Message message) {
        String text = message.fallback() == null ? text(message.key(), message.arguments().toArray())
                : textOr(message.key(), message.fallback(), message.arguments().toArray());
        return message.key().startsWith("msg.") || message.key().equals(LITERAL) ? Prose.tidy(text, locale) : text;
    }

    /**
     * {@return a text shown as it is, untidied, in every language (e.g. a rationale made in code, not by a rule)}
     *
     * @param text the text, shown as is
     */
    public static Message verbatim(String text) {
        return Message.of("text.asIs", text);
    }

    /**
     * {@return a text that is the same in every language (a rule pack that gives a {@code String}, not a message)}
     *
     * @param text the text, the same in every language
     */
    public static Message literal(String text) {
        return Message.of(LITERAL, text);
    }

    /**
     * {@return an answer's value as shown in this language: the label of a coded value, a date in the language's
     * form, else the value as given (English shows every value as given)}
     *
     * @param answer a vendor's answer
     */
    public String value(Answer answer) {
        if (!isEnglish && ISO_DATE.matcher(answer.value()).matches()) {
            try {
                return date(LocalDate.parse(answer.value()));
            } catch (DateTimeParseException e) {
                return answer.value();
            }
        }
        return valueLabel(answer.questionId(), answer.value());
    }

    /**
     * {@return the label of an answer value to one question: its own label {@code value.<QUESTION>.<CODE>} where the
     * question needs another word than the shared {@code value.<CODE>} (an importer is an "Importeur" under the MDR
     * but an "Einführer" under the CRA), else the shared label}
     *
     * @param questionId the question the value answers
     * @param value the answer value as given, e.g. {@code yes}
     */
    public String valueLabel(String questionId, String value) {
        String key = "value." + questionId + "." + value;
        String label = isEnglish ? null : own.get(key);
        return label == null ? valueLabel(value) : fill(key, label, new Object[0]);
    }

    /**
     * {@return the label of an answer value in this language; in English, and for any value without a label, the
     * value}
     *
     * @param value an answer value as given, e.g. {@code yes}
     */
    public String valueLabel(String value) {
        if (isEnglish) {
            return value;
        }
        String label = own.get("value." + value);
        return label == null ? value : fill("value." + value, label, new Object[0]);
    }

    /**
     * {@return a date in this language's form}
     *
     * @param date the date
     */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /**
     * {@return a number in this language's form: whole numbers as digits, decimals with the language's separator}
     *
     * @param number the number; a whole number is written without decimals
     */
    public String number(Number number) {
        if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
            if (isEnglish) {
                return number.toString(); // as the rationales always showed it
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        return number.toString();
    }

    /** {@return the keys written in English so far because this language lacks them, sorted} */
    public Set<String> fellBackToEnglish() {
        return new TreeSet<>(fellBack);
    }

    /** {@return the keys this language has a text for (for English: every key), sorted} */
    public Set<String> keys() {
        return new TreeSet<>(own.keySet());
    }

    /** Every pattern of this language (without the English fallbacks). */
    Map<String, String> patterns() {
        return own;
    }

    private String pattern(String key) {
        String pattern = own.get(key);
        if (pattern == null) {
            pattern = english.get(key);
            if (pattern != null && !isEnglish) {
                fellBack.add(key);
            }
        }
        return pattern;
    }

    private String fill(String key, String pattern, Object[] arguments) {
        try {
            Parsed known = parsed.computeIfAbsent(pattern, p -> Parsed.of(p, locale));
            boolean[] typed = known.typed();
            Object[] written = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                // A placeholder with a format type ({0,number}, {0,choice,...}) gets the value itself, every other
                // the value written in this language (so {0} never adds digit grouping to a year or an id).
                boolean formatted = i < typed.length && typed[i];
                written[i] = formatted ? arguments[i] : write(arguments[i]);
            }
            return ((MessageFormat) known.format().clone()).format(written);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("message '" + key + "' in " + locale + " is not a valid pattern: "
                    + e.getMessage(), e);
        }
    }

    private String write(Object argument) {
        Objects.requireNonNull(argument, "message argument");
        if (argument instanceof Message m) {
            return format(m);
        } else if (argument instanceof Answer a) {
            return value(a);
        } else if (argument instanceof LocalDate d) {
            return date(d);
        } else if (argument instanceof Number n) {
            return number(n);
        } else if (argument instanceof Collection<?> c) {
            return c.stream().map(this::write).collect(Collectors.joining(", "));
        }
        return argument.toString();
    }

    /** The placeholders a pattern uses, e.g. {@code [0, 1]} (quoted text ignored). */
    static Set<Integer> placeholders(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(unquoted);
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }

    static List<String> problems(String key, String pattern) {
        ArrayList<String> problems = new ArrayList<>();
        if (pattern.replace("''", "").replaceAll("'[{}]'", "").contains("'")) {
            problems.add(key + ": a single apostrophe (write '' or \u2019)");
        }
        try {
            new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
            problems.add(key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
        }
        return problems;
    }
}
