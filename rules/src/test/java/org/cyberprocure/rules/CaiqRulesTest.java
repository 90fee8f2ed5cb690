package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.FormItem;
import org.cyberprocure.model.ImportedForm;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Responsibility;
import org.cyberprocure.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** caiq.drl: one case per CAIQ self-consistency rule, and the answers that must not trigger them. */
class CaiqRulesTest extends RuleCasesTest {
    static final List<RuleCase> CASES = List.of(
            RuleCase.contradiction("CAIQ-YES-UNOWNED implemented, yet nobody owns the control",
                    caiq(item("GRC-08.1", "yes", "N/A"))),
            RuleCase.contradiction("CAIQ-BACKUP no backups, yet backup protection or restore confirmed",
                    caiq(item("BCR-08.1", "no", "CSP-owned"), item("BCR-08.3", "yes", "CSP-owned"))),
            RuleCase.contradiction("CAIQ-POLICY-REVIEW policy not established, yet reviewed every year",
                    caiq(item("CEK-01.1", "no", "CSP-owned"), item("CEK-01.2", "yes", "CSP-owned"))));

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    static FormItem item(String id, String value, String owner) {
        return new FormItem("CAIQ", id, value, "", Responsibility.VENDOR, SourceLocation.cell("caiq.xlsx", "CAIQ", 7, 1),
                owner);
    }

    /** A cloud questionnaire holding only a CAIQ with these items (no bank answers). */
    static Questionnaire caiq(FormItem... items) {
        Questionnaire base = RuleTesting.questionnaire(Profile.CLOUD_MIGRATION, ProductKind.CLOUD_SERVICE);
        ImportedForm form = new ImportedForm("CAIQ", "CAIQ v4", "caiq.xlsx", List.of(items), List.of(), List.of());
        return new Questionnaire(base.id(), base.profile(), base.submitted(), base.vendor(), base.product(),
                base.answers(), List.of(form), List.of());
    }

    private static List<String> checks(FormItem... items) {
        return RuleTesting.evaluate(caiq(items)).contradictions().stream().map(Contradiction::checkId).toList();
    }

    @Test
    void consistentOwnership_reportsNothing() {
        // NA with an owner is common in real sheets: the reader notes it, no contradiction blocks acceptance
        assertThat(checks(item("STA-14.1", "n/a", "N/A"), item("DSP-03.1", "n/a", "CSC-owned"),
                item("STA-13.1", "n/a", "CSP-owned"), item("BCR-11.1", "n/a", "Shared CSP and 3rd Party"),
                item("GRC-08.1", "yes", "CSP-owned"), item("BCR-08.1", "yes", "CSP-owned"),
                item("BCR-08.2", "yes", "CSP-owned"), item("CEK-01.1", "yes", "CSP-owned"),
                item("CEK-01.2", "yes", "CSP-owned"), item("IAM-01.1", "no", "CSP-owned"))).isEmpty();
    }

    @Test
    void policyReview_comparesOnlyTheSameDomain() {
        assertThat(checks(item("IAM-01.1", "no", "CSP-owned"), item("CEK-01.2", "yes", "CSP-owned"))).isEmpty();
        assertThat(checks(item("A&A-01.1", "no", "CSP-owned"), item("A&A-01.2", "yes", "CSP-owned")))
                .containsExactly("CAIQ-POLICY-REVIEW");
    }

    @Test
    void policyReview_findsTheOfficialReviewQuestion_whereverTheControlHasIt() {
        // HRS-01 and DCS-01 review at -01.3 (their -01.2 is a second question about the policy itself)
        assertThat(checks(item("HRS-01.1", "no", "CSP-owned"), item("HRS-01.3", "yes", "CSP-owned")))
                .containsExactly("CAIQ-POLICY-REVIEW");
        assertThat(checks(item("DCS-01.1", "no", "Third-party outsourced"), item("DCS-01.3", "yes", "CSP-owned")))
                .containsExactly("CAIQ-POLICY-REVIEW");
        assertThat(checks(item("DCS-02.1", "no", "Third-party outsourced"), item("DCS-02.3", "yes", "CSP-owned")))
                .containsExactly("CAIQ-POLICY-REVIEW");
        assertThat(checks(item("LOG-07.1", "no", "CSP-owned"), item("LOG-07.2", "yes", "CSP-owned")))
                .containsExactly("CAIQ-POLICY-REVIEW");
    }

    @Test
    void policyReview_readsTheOfficialReviewQuestion_notEverySecondQuestion() {
        // HRS-01.2 asks whether the checks follow local law, DCS-01.2 about data destruction: neither is a review
        assertThat(checks(item("HRS-01.1", "no", "CSP-owned"), item("HRS-01.2", "yes", "CSP-owned"),
                item("DCS-01.1", "no", "CSP-owned"), item("DCS-01.2", "yes", "CSP-owned"))).isEmpty();
        // IPY-01.5 reviews four policies at once: one of them missing is no contradiction
        assertThat(checks(item("IPY-01.1", "no", "CSP-owned"), item("IPY-01.5", "yes", "CSP-owned"))).isEmpty();
    }

    @Test
    void formContradiction_namesTheItemAndItsCell() {
        Contradiction c = RuleTesting.evaluate(caiq(item("GRC-08.1", "yes", "N/A"))).contradictions()
                .get(0);
        assertThat(c.items()).extracting(FormItem::id).containsExactly("GRC-08.1");
        assertThat(c.message()).contains("GRC-08.1").contains("N/A");
        assertThat(c.answers()).isEmpty();
    }

    @Test
    void itemsOfOtherForms_areNotChecked() {
        FormItem mds2 = new FormItem("MDS2", "GRC-08.1", "yes", "", Responsibility.VENDOR,
                SourceLocation.of("mds2.xlsx"), "N/A");
        assertThat(checks(mds2)).isEmpty();
    }
}
