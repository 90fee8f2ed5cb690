package org.cyberprocure.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Vendor;

/**
 * Questionnaires over the real question bank, driven by a source of choices: a seeded {@link Random} for
 * repeatable variety (concurrency test) or the fuzzer's data. Most answers are valid values, so evaluations get
 * past validation and exercise the rules; some are arbitrary text.
 */
final class VariedQuestionnaires {
    /** Where the choices come from. */
    interface Choices {
        /** A number in [0, bound). */
        int pick(int bound);

        /** Arbitrary text of at most {@code maxLength} characters. */
        String text(int maxLength);
    }

    private VariedQuestionnaires() {
    }

    static Choices seeded(long seed) {
        Random random = new Random(seed);
        return new Choices() {
            @Override
            public int pick(int bound) {
                return random.nextInt(bound);
            }

            @Override
            public String text(int maxLength) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(maxLength + 1);
                for (int i = 0; i < length; i++) {
                    char c = (char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x3000));
                    // Control characters other than tab and line breaks are refused in any text (issue 15).
                    text.append(Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
                }
                return text.toString();
            }
        };
    }

    static Questionnaire create(Catalog catalog, Choices choices) {
        Profile profile = Profile.values()[choices.pick(Profile.values().length)];
        ProductKind kind = ProductKind.values()[choices.pick(ProductKind.values().length)];
        if (!profile.accepts(kind)) {
            kind = ProductKind.SOFTWARE_PRODUCT; // a kind the profile is for (same random sequence as before)
        }
        LocalDate submitted = LocalDate.of(2024, 1, 1).plusDays(choices.pick(5 * 365));
        List<Answer> answers = new ArrayList<>();
        for (Question question : catalog.questions(profile)) {
            if (choices.pick(5) == 0) {
                continue; // unanswered
            }
            String value = value(question, choices, submitted);
            List<String> evidence = choices.pick(3) == 0 ? List.of("evidence " + choices.pick(10)) : List.of();
            answers.add(new Answer(question.id(), value, choices.pick(4) == 0 ? choices.text(40) : "", evidence,
                    Answer.of(question.id(), value).location()));
        }
        return new Questionnaire("Q-" + choices.pick(1_000_000), profile, submitted,
                new Vendor("Vendor " + choices.pick(100), "DE", ""), new Product("Product", "1", kind), answers);
    }

    private static String value(Question question, Choices choices, LocalDate submitted) {
        if (choices.pick(60) == 0) {
            String text = choices.text(12);
            return text.isBlank() ? "x" : text; // most likely invalid: validation must reject it cleanly
        }
        return switch (question.type()) {
            // A past event after the submission date is refused (QuestionnaireValidator), so none is generated.
            case DATE -> (question.pastEvent() ? submitted.minusDays(choices.pick(5 * 365))
                    : LocalDate.of(2020, 1, 1).plusDays(choices.pick(20 * 365))).toString();
            case NUMBER -> Integer.toString(choices.pick(400));
            case TEXT -> "text " + choices.pick(100);
            default -> {
                List<String> accepted = question.acceptedValues();
                yield accepted.get(choices.pick(accepted.size()));
            }
        };
    }
}
