package org.cyberprocure.rules;

import java.nio.file.Path;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Questionnaire;
import org.junit.jupiter.api.Test;

class Mds2ProbeTest {
    @Test
    void probe() {
        Questionnaire q = RuleTesting.CHECKER.mds2Reader().read(Path.of("..", "docs", "examples", "infusion-pump-mds2.csv"));
        System.out.println("ANSWERS " + q.answers().size());
        q.answers().forEach(a -> System.out.println("  " + a.describe() + " <- " + a.origin().describe() + " | " + a.comment()));
        q.forms().get(0).notes().forEach(n -> System.out.println("NOTE " + n));
        Assessment a = RuleTesting.CHECKER.evaluate(q);
        System.out.println("DECISION " + a.decision() + " " + a.decisionReasons());
        a.contradictions().forEach(c -> System.out.println("CONTRA " + c.checkId() + " " + c.message()));
        a.findings().forEach(f -> System.out.println("F " + f.requirementId() + " " + f.status() + " " + f.rationale()));
    }
}
