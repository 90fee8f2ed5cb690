package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Responsibility;
import org.cyberprocure.model.SourceLocation;
import org.cyberprocure.model.Vendor;
import org.junit.jupiter.api.Test;

/** mds2.drl: one case per check rule on the MDS2's own items, plus forms that must not be flagged. */
class Mds2RulesTest extends RuleCasesTest {

    /** A device questionnaire that carries only an MDS2 with these items: id, value, id, value, ... */
    static Questionnaire mds2(String... idsAndValues) {
        List<FormItem> items = new ArrayList<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            items.add(new FormItem("MDS2", idsAndValues[i], idsAndValues[i + 1], "", Responsibility.VENDOR,
                    SourceLocation.line("test-mds2.csv", i / 2 + 2)));
        }
        ImportedForm form = new ImportedForm("MDS2", "MDS2 (ANSI/NEMA HN 1-2019)", "test-mds2.csv", items, List.of(),
                List.of());
        return new Questionnaire("TEST", Profile.MEDICAL_DEVICE, RuleTesting.SUBMITTED, new Vendor("Vendor", "DE", ""),
                new Product("Pump", "1", ProductKind.MEDICAL_DEVICE), List.of(), List.of(form), List.of());
    }

    static final List<RuleCase> CASES = List.of(
            RuleCase.contradiction("MDS2-SBOM SBOM-1 denies an SBOM that SBOM-2 or SBOM-4 describe",
                    mds2("SBOM-1", "no", "SBOM-2.1", "yes", "SBOM-2.3", "yes")),
            RuleCase.contradiction("MDS2-GATE section answered although its gate closes the whole section",
                    mds2("MPII-1", "no", "MPII-3.5", "yes")),
            RuleCase.contradiction("MDS2-GATE subsection answered although its gate closes the subsection",
                    mds2("RMOT-1", "no", "RMOT-1.3", "yes", "RMOT-2", "yes")),
            RuleCase.contradiction("MDS2-STORAGE long-term storage of personal data on a device that keeps none",
                    mds2("DTBK-1", "yes", "MPII-2", "no")),
            RuleCase.contradiction("MDS2-WIRELESS personal data over wireless on a device without wireless",
                    mds2("MPII-3.6", "yes", "CONN-1.1", "no")),
            RuleCase.contradiction("MDS2-EXTERNAL personal data to external networks from a device that reaches none",
                    mds2("MPII-3.7", "yes", "CONN-4", "no")),
            RuleCase.contradiction("MDS2-LOGIN unique accounts enforced on a device without log-in",
                    mds2("PAUT-1", "yes", "AUTH-1", "no")));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    static List<Contradiction> contradictions(Questionnaire q) {
        return RuleTesting.evaluate(q).contradictions();
    }

    @Test
    void consistentForm_reportsNothing() {
        assertThat(contradictions(mds2("SBOM-1", "yes", "SBOM-2.1", "yes", "MPII-2.2", "yes", "STCF-1", "yes",
                "MPII-1", "yes", "MPII-3.5", "yes", "RMOT-1", "yes", "RMOT-1.1", "yes", "DTBK-1", "yes", "MPII-2", "yes",
                "PAUT-1", "yes", "AUTH-1", "yes"))).isEmpty();
    }

    @Test
    void closedGate_withItemsAnsweredNaOrNo_isConsistent() {
        assertThat(contradictions(mds2("SBOM-1", "no", "SBOM-2.1", "n/a", "SBOM-4", "no", "PLOK-1", "yes",
                "PLOK-2", "n/a", "CONN-1", "no", "CONN-1.1", "no", "CONN-2", "yes"))).isEmpty();
    }

    @Test
    void gateContradiction_namesTheGateFirst_thenItsItemsInIdOrder() {
        Contradiction c = contradictions(mds2("CSUP-1", "no", "CSUP-7", "yes", "CSUP-2.1", "yes", "CSUP-11", "yes"))
                .get(0);
        assertThat(c.checkId()).isEqualTo("MDS2-GATE");
        assertThat(c.items()).extracting(FormItem::id).containsExactly("CSUP-1", "CSUP-11", "CSUP-2.1", "CSUP-7");
        assertThat(c.message()).contains("CSUP-1 = no", "3 of its items", "CSUP-11, CSUP-2.1, CSUP-7");
        assertThat(c.answers()).isEmpty();
    }

    @Test
    void storedPersonalDataWithoutEncryptionAtRest_isAGap_notAContradiction() {
        assertThat(contradictions(mds2("MPII-2.2", "yes", "STCF-1", "no"))).isEmpty();
    }

    @Test
    void deviceThatHostsNoExecutables_withAllowListing_isNoContradiction() {
        // MLDP-1 = no (no third-party executables) opens no N/A section: allow-listing (MLDP-4) is consistent with it.
        assertThat(contradictions(mds2("MLDP-1", "no", "MLDP-4", "yes"))).isEmpty();
    }

    @Test
    void gateMessage_saysHowTheItemsWereRead() {
        assertThat(contradictions(mds2("CSUP-4", "no", "CSUP-4.1", "yes"))).singleElement()
                .satisfies(c -> assertThat(c.message()).endsWith("they were read as N/A."));
        assertThat(contradictions(mds2("RMOT-1", "no", "RMOT-1.1", "yes"))).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("read as written"));
    }

    @Test
    void softwareOnlyDevice_withPhysicalLocksAnswered_isFlagged() {
        assertThat(contradictions(mds2("PLOK-1", "yes", "PLOK-3", "yes"))).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("PLOK-1 = yes", "PLOK-3"));
    }
}
