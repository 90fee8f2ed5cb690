package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.CraRulesTest.craProduct;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.withEvidence;
import static org.cyberprocure.rules.RuleTesting.device;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** sbom.drl: one case per rule, with the real example SBOMs of docs/examples/sbom read by the real reader. */
class SbomRulesTest extends RuleCasesTest {
    static final Path SBOMS = ExamplesTest.EXAMPLES.resolve("sbom");
    static final SbomEvidence COMPLETE = RuleTesting.CHECKER.sbomReader().read(SBOMS.resolve("sbom-infusafe-5.1.cdx.json"));
    static final SbomEvidence GAPS = RuleTesting.CHECKER.sbomReader().read(SBOMS.resolve("sbom-infusafe-5.0-gaps.cdx.json"));
    static final SbomEvidence EMPTY = SbomEvidence.of("empty.cdx.json", "CycloneDX", "1.6", "", "", "2026-10-01T00:00:00Z",
            List.of("Build pipeline"), List.of(), 0, Map.of(), List.of());

    static final List<RuleCase> CASES = List.of(
            RuleCase.of("CRA-AI-P2-1 met: complete CycloneDX SBOM supplied", MET, craProduct().withSbom(COMPLETE)),
            RuleCase.of("CRA-AI-P2-1 partial: supplied SBOM incomplete", PARTIALLY_MET, craProduct().withSbom(GAPS)),
            RuleCase.of("CRA-AI-P2-1 not met: supplied SBOM lists no components", NOT_MET,
                    craProduct().withSbom(EMPTY)),
            RuleCase.of("MDCG-SBOM met: complete SBOM supplied, updated with every release", MET,
                    device(a("MD-SBOM-UPDATED", "yes")).withSbom(COMPLETE)),
            RuleCase.of("MDCG-SBOM partial: supplied SBOM incomplete", PARTIALLY_MET,
                    device(a("MD-SBOM-UPDATED", "yes")).withSbom(GAPS)),
            RuleCase.of("MDCG-SBOM partial: supplied SBOM, updates with every release not confirmed", PARTIALLY_MET,
                    device(a("MD-SBOM-UPDATED", "no")).withSbom(COMPLETE)),
            RuleCase.of("MDCG-SBOM not met: supplied SBOM lists no components", NOT_MET,
                    device(a("MD-SBOM-UPDATED", "yes")).withSbom(EMPTY)),
            RuleCase.of("EHP-GP-M08 met: complete SBOM supplied and configuration baseline", MET,
                    device(a("EHP-MD-CONFIG-BASELINE", "yes")).withSbom(COMPLETE)),
            RuleCase.of("EHP-GP-M08 partial: supplied SBOM incomplete", PARTIALLY_MET,
                    device(a("EHP-MD-CONFIG-BASELINE", "yes")).withSbom(GAPS)));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void claimedSbom_isPartialWithoutFileButMetWithACompleteOne() {
        Questionnaire claimed = device(a("MD-SBOM", "yes"), a("MD-SBOM-FORMAT", "CYCLONEDX"),
                withEvidence("MD-SBOM-UPDATED", "yes"));

        assertThat(RuleTesting.finding("MDCG-SBOM", claimed).status()).isEqualTo(PARTIALLY_MET);
        assertThat(RuleTesting.finding("MDCG-SBOM", claimed.withSbom(COMPLETE)).status()).isEqualTo(MET);
    }

    @Test
    void vendorDenyingAnSbomItSupplied_isJudgedOnTheFile() {
        Questionnaire denied = craProduct(a("MD-SBOM", "no")).withSbom(COMPLETE);

        Finding finding = RuleTesting.finding("CRA-AI-P2-1", denied);

        assertThat(finding.status()).isEqualTo(MET);
        assertThat(finding.rule()).isEqualTo("CRA-AI-P2-1 met: complete CycloneDX SBOM supplied");
    }

    @Test
    void incompleteSbom_rationaleNamesEachMissingFieldAndCount() {
        Finding finding = RuleTesting.finding("CRA-AI-P2-1", craProduct().withSbom(GAPS));

        assertThat(finding.rationale()).contains("sbom-infusafe-5.0-gaps.cdx.json",
                "metadata.timestamp is missing", "2 of 11 components lack a version",
                "4 of 11 components lack a supplier", "2 of 11 components lack a unique identifier",
                "8 of 11 components lack an entry in the dependencies section");
    }

    @Test
    void ofTwoSboms_theLeastFavourableDecides() {
        Questionnaire both = craProduct().withSbom(COMPLETE).withSbom(GAPS);

        assertThat(RuleTesting.finding("CRA-AI-P2-1", both).status()).isEqualTo(PARTIALLY_MET);
    }

    @Test
    void completeSbomWithoutBaselineAnswer_leavesTheInventoryRequirementOpen() {
        Finding finding = RuleTesting.finding("EHP-GP-M08", device().withSbom(COMPLETE));

        assertThat(finding.status()).isEqualTo(Status.NOT_ANSWERED);
        assertThat(finding.rationale()).contains("EHP-MD-CONFIG-BASELINE");
    }
}
