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

    Texts(Locale locale, Map<String, String> own, Map<String, String> english, boolean overrides) {
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

    /** The same texts with no key yet counted as fallen back: one per report, to count what it shows in English. */
    public Texts fresh() {
        return new Texts(locale, own, english, overrides);
    }

    /** Whether a language pack changed any text of this language (for English: of the bundled English). */
    public boolean hasOverrides() {
        return overrides;
    }

    /** The language, e.g. {@code de}. */
    public Locale locale() {
        return locale;
    }

    /** Whether the key has a text in this language or in English. */
    public boolean has(String key) {
        return own.containsKey(key) || english.containsKey(key);
    }

    /**
     * The text of a key with its arguments.
     *
     * @throws ConfigurationException when not even English has the key (a programming or rule-pack error)
     */
    public String text(String key, Object... arguments) {
        String pattern = pattern(key);
        if (pattern == null) {
            throw new ConfigurationException("message key '" + key + "' is in no bundle");
        }
        return fill(key, pattern, arguments);
    }

    /** The text of a key, or {@code otherwise} when no bundle has it (e.g. a requirement a policy added). */
    public String textOr(String key, String otherwise, Object... arguments) {
        String pattern = pattern(key);
        return pattern == null ? otherwise : fill(key, pattern, arguments);
    }

    /**
     * A message written in this language. A rule's text (key {@code msg.*}, or {@value #LITERAL} for a text a rule
     * gave as is) is tidied afterwards, since an empty argument (a vendor's blank comment) may leave a dangling
     * colon or a doubled full stop.
     */
    public String format(Message message) {
        String text = message.fallback() == null ? text(message.key(), message.arguments().toArray())
                : textOr(message.key(), message.fallback(), message.arguments().toArray());
        return message.key().startsWith("msg.") || message.key().equals(LITERAL) ? Prose.tidy(text, locale) : text;
    }

    /** A text shown as it is, untidied, in every language (e.g. a rationale made in code, not by a rule). */
    public static Message verbatim(String text) {
        return Message.of("text.asIs", text);
    }

    /** A text that is the same in every language (a rule pack that gives a {@code String}, not a message). */
    public static Message literal(String text) {
        return Message.of(LITERAL, text);
    }

    /**
     * An answer's value as shown in this language: the label of a coded value, a date in the language's form, else
     * the value as given (English shows every value as given).
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
     * The label of an answer value to one question: its own label {@code value.<QUESTION>.<CODE>} where the question
     * needs another word than the shared {@code value.<CODE>} (an importer is an "Importeur" under the MDR but an
     * "Einführer" under the CRA), else the shared label.
     */
    public String valueLabel(String questionId, String value) {
        String key = "value." + questionId + "." + value;
        String label = isEnglish ? null : own.get(key);
        return label == null ? valueLabel(value) : fill(key, label, new Object[0]);
    }

    /** The label of an answer value in this language; in English, and for any value without a label, the value. */
    public String valueLabel(String value) {
        if (isEnglish) {
            return value;
        }
        String label = own.get("value." + value);
        return label == null ? value : fill("value." + value, label, new Object[0]);
    }

    /** A date in this language's form. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A number in this language's form: whole numbers as digits, decimals with the language's separator. */
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

    /** The keys written in English so far because this language lacks them, sorted. */
    public Set<String> fellBackToEnglish() {
        return new TreeSet<>(fellBack);
    }

    /** The keys this language has a text for (for English: every key), sorted. */
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
            MessageFormat format = new MessageFormat(pattern, locale);
            java.text.Format[] typed = format.getFormatsByArgumentIndex();
            Object[] written = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                // A placeholder with a format type ({0,number}, {0,choice,...}) gets the value itself, every other
                // the value written in this language (so {0} never adds digit grouping to a year or an id).
                boolean formatted = i < typed.length && typed[i] != null;
                written[i] = formatted ? arguments[i] : write(arguments[i]);
            }
            return format.format(written);
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
