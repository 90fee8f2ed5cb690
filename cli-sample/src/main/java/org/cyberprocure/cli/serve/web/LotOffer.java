package org.cyberprocure.cli.serve.web;

import java.util.List;
import java.util.Objects;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;

/**
 * One offer uploaded into a lot: evaluated, or refused with every problem and where it is. Immutable; the lot
 * replaces it when it is evaluated again (a waiver recorded, an SBOM attached).
 *
 * @param number        the offer's number in its lot, from 1, stable (used in addresses)
 * @param name          the file name the officer uploaded (shown, never used as a path)
 * @param file          the stored file's name in the lot's folder
 * @param sbomFiles     stored SBOM files attached as evidence
 * @param questionnaire the questionnaire read, or {@code null} when the file was refused
 * @param assessment    the evaluation, or {@code null} when the file was refused
 * @param refusal       why the file was refused, or {@code null}
 */
public record LotOffer(int number, String name, String file, List<String> sbomFiles, Questionnaire questionnaire,
                       Assessment assessment, Refusal refusal) {

    public LotOffer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        sbomFiles = List.copyOf(sbomFiles);
        if ((assessment == null) == (refusal == null)) {
            throw new IllegalArgumentException("an offer is either evaluated or refused");
        }
    }

    /** Whether the offer was read and evaluated. */
    public boolean evaluated() {
        return assessment != null;
    }

    /**
     * Why a file was refused.
     *
     * @param summary  one sentence
     * @param unreadable whether the file could not be read at all (not the vendor's content)
     * @param problems every problem with its location; empty for an unreadable file or a wrong profile
     */
    public record Refusal(String summary, boolean unreadable, List<InputRejectedException.Problem> problems) {
        public Refusal {
            Objects.requireNonNull(summary, "summary");
            problems = List.copyOf(problems);
        }

        static Refusal of(InputRejectedException e) {
            boolean unreadable = e.reason() == InputRejectedException.Reason.UNREADABLE;
            return new Refusal(e.problems().size() == 1 ? e.problems().get(0).describe()
                    : e.problems().size() + " problems", unreadable, e.problems());
        }
    }
}
