package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vendor's self-check. */
class CheckCommandTest {

    @Test
    void validSubmission_showsEachGapWithTheAnswerThatWouldCloseIt_andTheDecision() {
        CliRun run = run("check", example("medical-device.csv"));
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Validation: no problems.")
                .contains("Completeness: every mandatory question is answered.")
                .contains("GDPR-32-1a  Encryption of personal data, as appropriate to the risk")
                .contains("ENC-REST = yes  (now: no); evidence: Cryptography concept")
                .contains("With those answers and the evidence named: MET; the submission would get")
                .contains("Decision: ACCEPT_WITH_CONDITIONS (default policy, overall score");
    }

    @Test
    void invalidSubmission_listsEveryProblemWithItsLocation_andExits2(@TempDir Path dir) throws Exception {
        String text = Files.readString(CliRun.EXAMPLES.resolve("cloud-vendor.json"))
                .replace("\"REMOTE-MFA\", \"value\": \"yes\"", "\"REMOTE-MFA\", \"value\": \"perhaps\"")
                .replace("\"LOG-SIEM\"", "\"LOG-SEIM\"")
                .replace("\"ENC-REST\", \"value\": \"yes\"", "\"ENC-REST\", \"value\": \"AES\"")
                .replace("\"ENC-TRANSIT\", \"value\": \"yes\"", "\"ENC-TRANSIT\", \"value\": \"TLS\"")
                .replace("\"BREACH-COMMIT\", \"value\": \"yes\"", "\"BREACH-COMMIT\", \"value\": \"sure\"")
                .replace("\"CLD-SUBPROC-OBJECT\", \"value\": \"yes\"", "\"CLD-SUBPROC-OBJECT\", \"value\": \"1\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), text);

        CliRun run = run("check", bad.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).contains("Validation: 6 problems:")
                .containsPattern("bad.json at /answers/\\d+: 'perhaps'").contains("LOG-SEIM").contains("'AES'")
                .contains("'TLS'").contains("'sure'").contains("[UNKNOWN_QUESTION]")
                .doesNotContain("and 1 more").doesNotContain("Decision:");
    }

    @Test
    void missingFile_exits3() {
        CliRun run = run("check", "absent.json");
        assertThat(run.exit).isEqualTo(3);
        assertThat(run.out).contains("file not found");
    }

    @Test
    void unansweredMandatoryQuestions_areListedWithWhatToAnswer(@TempDir Path dir) throws Exception {
        Path incomplete = Files.writeString(dir.resolve("incomplete.json"),
                Files.readString(CliRun.EXAMPLES.resolve("cloud-vendor.json")).lines()
                        .filter(l -> !l.contains("\"REMOTE-MFA\""))
                        .collect(java.util.stream.Collectors.joining("\n")));
        CliRun run = run("check", incomplete.toString(), "--fail-on", "incomplete");
        assertThat(run.out).contains("Completeness: 1 mandatory question is unanswered:")
                .contains("REMOTE-MFA: Is every remote access")
                .contains("answer: yes | no (secure: yes); evidence expected:")
                .contains("Decision: INCOMPLETE")
                .contains("mandatory questions are unanswered: REMOTE-MFA");
        assertThat(run.exit).isEqualTo(4);
    }

    @Test
    void withHospitalPolicy_decidesUnderIt_butNeverShowsScoreOrWeights(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.json"), """
                {"policyFormat": "cyberprocure-policy/1", "name": "Secret weights", "version": "7",
                 "severityWeights": {"CRITICAL": 87, "HIGH": 59, "MEDIUM": 2, "LOW": 1},
                 "rejectBelowScore": 99.5}
                """);
        CliRun run = run("check", example("cloud-vendor.json"), "--policy", policy.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Decision: REJECT (under the hospital's policy; its weights are not shown)")
                .contains("the overall score is below the minimum the policy sets")
                .doesNotContainPattern("\\b(87|59|99\\.5)\\b").doesNotContain("Secret weights")
                .doesNotContain("default policy").doesNotContain("overall score 1")
                .doesNotContainPattern("overall score [0-9]");
    }
}
