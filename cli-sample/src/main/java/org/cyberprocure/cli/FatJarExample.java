package org.cyberprocure.cli;

import java.nio.file.Path;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.model.Assessment;

/**
 * The smallest embedding application: evaluates the questionnaire files named as arguments and prints one line
 * per file. The build packs it with a plain {@code maven-shade-plugin} configuration (only a main class, no
 * filters, no transformers) into {@code target/fat-jar-example.jar}, the layout an ERP team would first try;
 * {@code FatJarIT} runs that jar (docs/embedding.md).
 */
public final class FatJarExample {
    private FatJarExample() {
    }

    /**
     * Evaluates each file named as an argument and prints its decision and score.
     *
     * @param args questionnaire files (JSON or CSV)
     */
    public static void main(String[] args) {
        ComplianceChecker checker = ComplianceChecker.load();
        for (String file : args) {
            Assessment assessment = checker.evaluate(checker.reader().read(Path.of(file)));
            System.out.println(file + ": " + assessment.decision() + " " + assessment.overallScore());
        }
    }
}
