package org.cyberprocure.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.bench.synthetic.SyntheticRulePack;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain-Java floor decides every synthetic requirement exactly as the compiled rules do. */
class FloorAgreementTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void floor_agreesWithTheRuleEngine_onEveryRequirement(int rules) {
        SyntheticRulePack pack = SyntheticRulePack.of(rules);
        ComplianceChecker checker = Fixtures.synthetic(pack);
        PlainJavaFloor floor = new PlainJavaFloor(checker.catalog().requirements(Profile.CLOUD_MIGRATION));
        Set<Status> seen = EnumSet.noneOf(Status.class);
        for (int answers : new int[] {50, 200, 800}) {
            for (long seed = 0; seed < 5; seed++) {
                Questionnaire q = Fixtures.syntheticQuestionnaire(answers, seed);
                Map<String, Status> engine = new LinkedHashMap<>();
                for (Finding f : checker.evaluate(q, Fixtures.CONTEXT).findings()) {
                    engine.put(f.requirementId(), f.status());
                }
                assertThat(floor.decide(q)).as("%s, %d answers, seed %d", pack, answers, seed)
                        .containsExactlyEntriesOf(engine);
                seen.addAll(engine.values());
            }
        }
        assertThat(seen).contains(Status.MET, Status.PARTIALLY_MET, Status.NOT_MET, Status.NOT_ANSWERED);
        assertThat(floor.decide(Fixtures.syntheticQuestionnaire(800, 1))).hasSize(pack.requirementCount());
    }
}
