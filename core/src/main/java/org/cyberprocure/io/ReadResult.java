package org.cyberprocure.io;

import java.util.List;
import java.util.Objects;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.model.Questionnaire;

/**
 * A questionnaire read from a file, with what the reader tolerated but the vendor should still fix (for now:
 * unknown JSON fields, when the reader was set to {@link QuestionnaireReader.UnknownFields#WARN}). Show the
 * warnings next to the report; they have the same reason codes, locations and safe messages as rejections.
 *
 * @param questionnaire the questionnaire read
 * @param warnings      problems tolerated, in input order; empty when there were none
 */
public record ReadResult(Questionnaire questionnaire, List<Problem> warnings) {
    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param questionnaire the questionnaire read
     * @param warnings      problems tolerated, in input order; empty when there were none
     */
    public ReadResult {
        Objects.requireNonNull(questionnaire, "questionnaire");
        warnings = List.copyOf(warnings);
    }
}
