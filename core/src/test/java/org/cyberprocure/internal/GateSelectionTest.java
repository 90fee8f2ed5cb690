package org.cyberprocure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.model.Citation;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.ScopeNote;
import org.cyberprocure.model.Severity;
import org.junit.jupiter.api.Test;

/** Which scope gate hits a row: its instrument or one of its scope groups; not applicable beats advisory. */
class GateSelectionTest {

    private static Requirement row(String instrument, List<String> groups) {
        return new Requirement("R-1", "T", new Citation(instrument, instrument, "Art 1"), "P", "D",
                Set.of(Profile.MEDICAL_DEVICE), LegalForce.BINDING_LAW, Severity.HIGH, false, List.of(), "", "",
                List.of(), null, "", List.of(), null, groups);
    }

    private static VerdictCollector.Gate gate(String id, String target, ScopeNote.Outcome outcome) {
        return new VerdictCollector.Gate(new ScopeNote(id, target, outcome, "because", List.of()), id + " rule");
    }

    private static String chosen(Requirement r, VerdictCollector.Gate... gates) {
        Map<String, VerdictCollector.Gate> byTarget = Evaluator.strongestGatePerTarget(List.of(gates));
        VerdictCollector.Gate g = Evaluator.gateFor(r, byTarget);
        return g == null ? null : g.note().gate();
    }

    @Test
    void aGateOnAScopeGroup_hitsOnlyRowsOfThatGroup() {
        VerdictCollector.Gate legacy = gate("GATE-09", "MDR-ANNEX-I", ScopeNote.Outcome.ADVISORY_BENCHMARK);
        assertThat(chosen(row("MDR", List.of("MDR-ANNEX-I")), legacy)).isEqualTo("GATE-09");
        assertThat(chosen(row("MDR", List.of()), legacy)).isNull();
    }

    @Test
    void notApplicable_beatsAdvisory_thenTheSmallerGateId() {
        Requirement r = row("GDPR", List.of("GDPR-PROCESSOR"));
        assertThat(chosen(r, gate("GATE-01", "GDPR", ScopeNote.Outcome.ADVISORY_BENCHMARK),
                gate("GATE-08", "GDPR-PROCESSOR", ScopeNote.Outcome.NOT_APPLICABLE))).isEqualTo("GATE-08");
        assertThat(chosen(r, gate("GATE-09", "GDPR", ScopeNote.Outcome.NOT_APPLICABLE),
                gate("GATE-08", "GDPR-PROCESSOR", ScopeNote.Outcome.NOT_APPLICABLE))).isEqualTo("GATE-08");
    }

    @Test
    void aScopeNote_changesNoRow() {
        assertThat(chosen(row("CRA", List.of()), gate("GATE-13", "CRA", ScopeNote.Outcome.NOTE))).isNull();
    }
}
