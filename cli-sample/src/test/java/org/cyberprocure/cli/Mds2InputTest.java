package org.cyberprocure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.cli.CliRun.example;
import static org.cyberprocure.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate and check read MDS2 forms (workbook and CSV export) as they come. */
class Mds2InputTest {

    @Test
    void evaluate_readsTheWorkbook_andWritesItsReport(@TempDir Path dir) throws IOException {
        CliRun r = run("evaluate", example("infusion-pump-mds2.xlsx"), "--out", dir.toString(), "--format", "json",
                "--vendor-country", "DE", "--product-version", "4.2");
        assertThat(r.exit).as(r.out + r.err).isZero();
        assertThat(r.out).contains("INCOMPLETE");
        String json = Files.readString(dir.resolve("infusion-pump-mds2.assessment.json"));
        assertThat(json).contains("MDS2-SBOM").contains("KMD-MDS2-IP300-4.2");
    }

    @Test
    void check_detectsTheCsvExport_andListsWhatTheReaderNoted() {
        CliRun r = run("check", example("infusion-pump-mds2.csv"));
        assertThat(r.exit).as(r.out + r.err).isZero();
        assertThat(r.out).contains("Read as MDS2 (ANSI/NEMA HN 1-2019): 240 items, 49 answers mapped")
                .contains("note: SHAD-15 read as SAHD-15").contains("unknown item: CNFS-1")
                .doesNotContain("note: unknown item");
    }

    @Test
    void certification_isStatedForTheForm_orTheReaderNotesItOpen() {
        CliRun open = run("check", example("infusion-pump-mds2.csv"));
        CliRun legacy = run("check", example("infusion-pump-mds2.csv"), "--certification", "legacy");
        if (org.cyberprocure.ComplianceChecker.load().catalog().question("MD-LEGACY-CERT").isPresent()) {
            assertThat(open.out).contains("MD-LEGACY-CERT stays unanswered");
            assertThat(legacy.exit).as(legacy.out + legacy.err).isZero();
            assertThat(legacy.out).doesNotContain("MD-LEGACY-CERT stays unanswered");
        } else {
            // A rule pack without the question refuses the stated answer, never drops it silently.
            assertThat(legacy.exit).isEqualTo(2);
            assertThat(legacy.out).contains("MD-LEGACY-CERT");
        }
    }

    @Test
    void forcedQuestionnaireFormat_rejectsTheMds2Export_andBadMds2IsLocated(@TempDir Path dir) throws IOException {
        CliRun forced = run("check", example("infusion-pump-mds2.csv"), "--input-format", "questionnaire");
        assertThat(forced.exit).isEqualTo(2);
        Path bad = dir.resolve("bad-mds2.csv");
        Files.writeString(bad, Files.readString(Path.of(example("infusion-pump-mds2.csv")))
                .replace("AUTH-1,Keeps unauthorised users out (log-in)?,Yes,", "AUTH-1,Keeps unauthorised users out (log-in)?,Perhaps,"));
        CliRun located = run("check", bad.toString());
        assertThat(located.exit).isEqualTo(2);
        assertThat(located.out).contains("bad-mds2.csv, line").contains("'Perhaps' is not an answer to AUTH-1");
    }
}
