package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberprocure.model.Status.MET;
import static org.cyberprocure.model.Status.NOT_MET;
import static org.cyberprocure.model.Status.PARTIALLY_MET;
import static org.cyberprocure.rules.RuleTesting.a;
import static org.cyberprocure.rules.RuleTesting.cloud;
import static org.cyberprocure.rules.RuleTesting.withEvidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/** cloud.drl: one case per rule, plus the answers of a cloud offer that meets every cloud-practice row. */
class CloudRulesTest extends RuleCasesTest {
    /** Answers that meet every requirement of cloud.json (as of 2026-11-01, no contract end). */
    static final List<Answer> ALL_MET = List.of(
            a("CLD-DATA-LOCATION", "EEA_ONLY"), withEvidence("CLD-RESIDENCY-COMMIT", "yes"),
            a("CLD-RESIDENCY-REGIONS", "primary: Frankfurt (DE); backup: Berlin (DE); logs: Frankfurt (DE)"),
            a("CLD-SUPPORT-LOCATION", "EEA_ONLY"), a("CLD-ADMIN-PLAINTEXT", "no"),
            a("FOREIGN-LAW-EXPOSURE", "no"), a("GOV-REQUEST-POLICY", "yes"),
            withEvidence("CLD-ISO27017", "yes"), withEvidence("CLD-ISO27018", "yes"),
            a("CLD-CSP-CERT-EXPIRY", "2029-06-30"),
            withEvidence("CLD-C5-ATTESTATION", "TYPE2"), a("CLD-C5-PERIOD-END", "2026-06-30"),
            withEvidence("CLD-DE-ESTABLISHMENT", "yes"),
            withEvidence("CLD-HDS-CERT", "ALL_ACTIVITIES"), a("CLD-HDS-EXPIRY", "2029-03-31"),
            withEvidence("CLD-EUCS-LEVEL", "COMMITTED"),
            a("CLD-SUBPROC-LIST", "yes"), a("SUBPROC-FLOWDOWN", "FLOWDOWN_AND_LIABILITY"),
                    withEvidence("CLD-SUBPROC-AUDITS", "yes"),
            withEvidence("CLD-RESPONSIBILITY-MATRIX", "CONTROL_BY_CONTROL"), a("CLD-SRM-CUSTOMER-CONTROLS", "yes"),
            a("DATA-EXPORT", "OPEN_STANDARD"), a("CLD-EXPORT-TESTED", "yes"), a("CLD-EXIT-ASSISTANCE", "yes"),
            a("CLD-EXIT-RETRIEVAL-DAYS", "30"),
            withEvidence("CLD-DELETION-CERT", "yes"), a("CLD-DELETION-DAYS", "60"),
            a("CLD-RTO-HOURS", "4"), a("CLD-RPO-HOURS", "0.25"), a("BACKUP-PROTECTED", "yes"),
            a("CLD-BACKUP-SECOND-SITE", "yes"),
            withEvidence("CLD-KEY-CONTROL", "BYOK_HSM"), a("CLD-KEY-REVOKE", "yes"));

    private static final EvaluationContext CONTRACT_TO_2030 =
            EvaluationContext.defaults().withContractEnd(LocalDate.of(2030, 12, 31));
    private static final EvaluationContext IN_GERMANY = EvaluationContext.defaults().withHospitalCountry("DE");
    private static final EvaluationContext IN_FRANCE = EvaluationContext.defaults().withHospitalCountry("FR");

    static final List<RuleCase> CASES = List.of(
            RuleCase.of("CLD-RESIDENCY met: residency in the EEA committed in the contract, regions listed", MET,
                    cloud(withEvidence("CLD-RESIDENCY-COMMIT", "yes"), a("CLD-RESIDENCY-REGIONS", "Warsaw (PL)"),
                            withEvidence("CLD-DATA-LOCATION", "EEA_ONLY"))),
            RuleCase.of("CLD-RESIDENCY partial: committed regions reach outside the EEA", PARTIALLY_MET,
                    cloud(withEvidence("CLD-RESIDENCY-COMMIT", "yes"), a("CLD-RESIDENCY-REGIONS", "Zurich (CH)"),
                            a("CLD-DATA-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"))),
            RuleCase.of("CLD-RESIDENCY partial: commitment without a clause referenced", PARTIALLY_MET,
                    cloud(a("CLD-RESIDENCY-COMMIT", "yes"), a("CLD-RESIDENCY-REGIONS", "Warsaw (PL)"))),
            RuleCase.of("CLD-RESIDENCY partial: regions not listed", PARTIALLY_MET,
                    cloud(withEvidence("CLD-RESIDENCY-COMMIT", "yes"))),
            RuleCase.of("CLD-RESIDENCY not met: no residency commitment", NOT_MET,
                    cloud(a("CLD-RESIDENCY-COMMIT", "no"), a("CLD-RESIDENCY-REGIONS", "Warsaw (PL)"))),

            RuleCase.of("CLD-ADMIN-ACCESS met: support from the EEA, no plaintext access", MET,
                    cloud(withEvidence("CLD-SUPPORT-LOCATION", "EEA_ONLY"), withEvidence("CLD-ADMIN-PLAINTEXT", "no"))),
            RuleCase.of("CLD-ADMIN-ACCESS partial: plaintext access not excluded", PARTIALLY_MET,
                    cloud(a("CLD-SUPPORT-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"), a("CLD-ADMIN-PLAINTEXT", "yes"))),
            RuleCase.of("CLD-ADMIN-ACCESS partial: controlled access from outside the EEA", PARTIALLY_MET,
                    cloud(a("CLD-SUPPORT-LOCATION", "OUTSIDE_EEA_CONTROLLED"), a("CLD-ADMIN-PLAINTEXT", "no"))),
            RuleCase.of("CLD-ADMIN-ACCESS not met: unrestricted access from outside the EEA", NOT_MET,
                    cloud(a("CLD-SUPPORT-LOCATION", "OUTSIDE_EEA_UNRESTRICTED"), a("CLD-ADMIN-PLAINTEXT", "no"))),

            RuleCase.of("CLD-FOREIGN-LAW met: no non-EU disclosure exposure, requests handled by process", MET,
                    cloud(a("FOREIGN-LAW-EXPOSURE", "no"), withEvidence("GOV-REQUEST-POLICY", "yes"))),
            RuleCase.of("CLD-FOREIGN-LAW partial: no documented process for government requests", PARTIALLY_MET,
                    cloud(a("FOREIGN-LAW-EXPOSURE", "no"), a("GOV-REQUEST-POLICY", "no"))),
            RuleCase.of("CLD-FOREIGN-LAW partial: exposure mitigated by a request process", PARTIALLY_MET,
                    cloud(a("FOREIGN-LAW-EXPOSURE", "yes"), a("GOV-REQUEST-POLICY", "yes"))),
            RuleCase.of("CLD-FOREIGN-LAW not met: exposure without safeguards", NOT_MET,
                    cloud(a("FOREIGN-LAW-EXPOSURE", "yes"))),

            RuleCase.of("CLD-CERT-CSP met: ISO/IEC 27017 and 27018 evidenced, valid for the term", MET,
                    cloud(withEvidence("CLD-ISO27017", "yes"), withEvidence("CLD-ISO27018", "yes"),
                            withEvidence("CLD-CSP-CERT-EXPIRY", "2029-06-30"))),
            RuleCase.of("CLD-CERT-CSP partial: only one of the two certifications", PARTIALLY_MET,
                    cloud(withEvidence("CLD-ISO27017", "yes"), a("CLD-ISO27018", "no"),
                            a("CLD-CSP-CERT-EXPIRY", "2029-06-30"))),
            RuleCase.of("CLD-CERT-CSP partial: certifications claimed without certificates", PARTIALLY_MET,
                    cloud(withEvidence("CLD-ISO27017", "yes"), a("CLD-ISO27018", "yes"),
                            a("CLD-CSP-CERT-EXPIRY", "2029-06-30"))),
            RuleCase.of("CLD-CERT-CSP partial: certificates end before the contract does", PARTIALLY_MET,
                    cloud(withEvidence("CLD-ISO27017", "yes"), withEvidence("CLD-ISO27018", "yes"),
                            a("CLD-CSP-CERT-EXPIRY", "2028-01-31"))).with(CONTRACT_TO_2030),
            RuleCase.of("CLD-CERT-CSP met: certificate ends before the contract does, renewal committed", MET,
                    cloud(withEvidence("CLD-ISO27017", "yes"), withEvidence("CLD-ISO27018", "yes"),
                            a("CLD-CSP-CERT-EXPIRY", "2028-01-31"), a("CERT-RENEWAL-COMMIT", "yes")))
                    .with(CONTRACT_TO_2030),
            RuleCase.of("CLD-CERT-CSP not met: certificates expired", NOT_MET,
                    cloud(withEvidence("CLD-ISO27017", "yes"), withEvidence("CLD-ISO27018", "yes"),
                            a("CLD-CSP-CERT-EXPIRY", "2026-01-31"))),
            RuleCase.of("CLD-CERT-CSP not met: no cloud-specific certification", NOT_MET,
                    cloud(a("CLD-ISO27017", "no"), a("CLD-ISO27018", "no"))),

            RuleCase.of("CLD-CERT-C5 met: current type 2 attestation", MET,
                    cloud(withEvidence("CLD-C5-ATTESTATION", "TYPE2"), withEvidence("CLD-C5-PERIOD-END", "2025-11-01")))
                    .with(IN_GERMANY),
            RuleCase.of("CLD-CERT-C5 met: type 1 attestation before July 2025", MET,
                    cloud(withEvidence("CLD-C5-ATTESTATION", "TYPE1")))
                    .with(IN_GERMANY.withAsOf(LocalDate.of(2025, 6, 30))),
            RuleCase.of("CLD-CERT-C5 partial: type 2 attestation claimed but not supplied", PARTIALLY_MET,
                    cloud(a("CLD-C5-ATTESTATION", "TYPE2"), a("CLD-C5-PERIOD-END", "2026-06-30"))).with(IN_GERMANY),
            RuleCase.of("CLD-CERT-C5 partial: attestation older than twelve months", PARTIALLY_MET,
                    cloud(withEvidence("CLD-C5-ATTESTATION", "TYPE2"), a("CLD-C5-PERIOD-END", "2025-10-31")))
                    .with(IN_GERMANY),
            RuleCase.of("CLD-CERT-C5 partial: equivalent standard claimed", PARTIALLY_MET,
                    cloud(withEvidence("CLD-C5-ATTESTATION", "EQUIVALENT"))).with(IN_GERMANY),
            RuleCase.of("CLD-CERT-C5 not met: only a type 1 attestation since July 2025", NOT_MET,
                    cloud(withEvidence("CLD-C5-ATTESTATION", "TYPE1")))
                    .with(IN_GERMANY.withAsOf(LocalDate.of(2025, 7, 1))),
            RuleCase.of("CLD-CERT-C5 not met: no C5 attestation", NOT_MET, cloud(a("CLD-C5-ATTESTATION", "NONE")))
                    .with(IN_GERMANY),

            RuleCase.of("CLD-SGBV-393-2 met: EU, EEA or adequacy countries, establishment in Germany", MET,
                    cloud(withEvidence("CLD-DATA-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"),
                            withEvidence("CLD-DE-ESTABLISHMENT", "yes")))
                    .with(IN_GERMANY),
            RuleCase.of("CLD-SGBV-393-2 met: recipients outside the EEA under an adequacy decision, establishment in Germany",
                    MET, cloud(withEvidence("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            withEvidence("CLD-TRANSFER-MECHANISM", "ADEQUACY_DECISION"),
                            withEvidence("CLD-DE-ESTABLISHMENT", "yes"))).with(IN_GERMANY),
            RuleCase.of("CLD-SGBV-393-2 partial: establishment in Germany not stated", PARTIALLY_MET,
                    cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"))).with(IN_GERMANY),
            RuleCase.of("CLD-SGBV-393-2 not met: no establishment in Germany", NOT_MET,
                    cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"), a("CLD-DE-ESTABLISHMENT", "no"))).with(IN_GERMANY),
            RuleCase.of("CLD-SGBV-393-2 not met: third country without an adequacy decision", NOT_MET,
                    cloud(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                            a("CLD-TRANSFER-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"),
                            a("CLD-TIA", "yes"), a("CLD-DE-ESTABLISHMENT", "yes"))).with(IN_GERMANY),

            RuleCase.of("CLD-CERT-HDS met: all hosting activities certified for the term", MET,
                    cloud(withEvidence("CLD-HDS-CERT", "ALL_ACTIVITIES"), withEvidence("CLD-HDS-EXPIRY", "2029-03-31")))
                    .with(IN_FRANCE),
            RuleCase.of("CLD-CERT-HDS partial: certification claimed without certificate", PARTIALLY_MET,
                    cloud(a("CLD-HDS-CERT", "ALL_ACTIVITIES"), a("CLD-HDS-EXPIRY", "2029-03-31"))).with(IN_FRANCE),
            RuleCase.of("CLD-CERT-HDS partial: only some hosting activities certified", PARTIALLY_MET,
                    cloud(withEvidence("CLD-HDS-CERT", "SOME_ACTIVITIES"), a("CLD-HDS-EXPIRY", "2029-03-31")))
                    .with(IN_FRANCE),
            RuleCase.of("CLD-CERT-HDS partial: certificate ends before the contract does", PARTIALLY_MET,
                    cloud(withEvidence("CLD-HDS-CERT", "ALL_ACTIVITIES"), a("CLD-HDS-EXPIRY", "2028-01-31")))
                    .with(CONTRACT_TO_2030.withHospitalCountry("FR")),
            RuleCase.of("CLD-CERT-HDS met: certificate ends before the contract does, renewal committed", MET,
                    cloud(withEvidence("CLD-HDS-CERT", "ALL_ACTIVITIES"), a("CLD-HDS-EXPIRY", "2028-01-31"),
                            a("CERT-RENEWAL-COMMIT", "yes"))).with(CONTRACT_TO_2030.withHospitalCountry("FR")),
            RuleCase.of("CLD-CERT-HDS not met: certificate expired", NOT_MET,
                    cloud(withEvidence("CLD-HDS-CERT", "ALL_ACTIVITIES"), a("CLD-HDS-EXPIRY", "2026-05-31")))
                    .with(IN_FRANCE),
            RuleCase.of("CLD-CERT-HDS not met: no HDS certification", NOT_MET, cloud(a("CLD-HDS-CERT", "NONE")))
                    .with(IN_FRANCE),

            RuleCase.of("CLD-SUBPROC-ASSURANCE met: list, flow-down and evidence", MET,
                    cloud(withEvidence("CLD-SUBPROC-LIST", "yes"), a("SUBPROC-FLOWDOWN", "FLOWDOWN_AND_LIABILITY"),
                            withEvidence("CLD-SUBPROC-AUDITS", "yes"))),
            RuleCase.of("CLD-SUBPROC-ASSURANCE partial: sub-processor evidence claimed but not supplied", PARTIALLY_MET,
                    cloud(a("CLD-SUBPROC-LIST", "yes"), a("SUBPROC-FLOWDOWN", "FLOWDOWN_AND_LIABILITY"),
                            a("CLD-SUBPROC-AUDITS", "yes"))),
            RuleCase.of("CLD-SUBPROC-ASSURANCE partial: evidence missing for some or all sub-processors",
                    PARTIALLY_MET, cloud(a("CLD-SUBPROC-LIST", "yes"), a("SUBPROC-FLOWDOWN", "FLOWDOWN_AND_LIABILITY"),
                            a("CLD-SUBPROC-AUDITS", "partial"))),
            RuleCase.of("CLD-SUBPROC-ASSURANCE partial: obligations not flowed down", PARTIALLY_MET,
                    cloud(a("CLD-SUBPROC-LIST", "yes"), a("SUBPROC-FLOWDOWN", "NONE"),
                            withEvidence("CLD-SUBPROC-AUDITS", "yes"))),
            RuleCase.of("CLD-SUBPROC-ASSURANCE not met: sub-processors not disclosed", NOT_MET,
                    cloud(a("CLD-SUBPROC-LIST", "no"), a("SUBPROC-FLOWDOWN", "FLOWDOWN_AND_LIABILITY"))),

            RuleCase.of("CLD-SHARED-RESP met: control-by-control matrix with customer controls", MET,
                    cloud(withEvidence("CLD-RESPONSIBILITY-MATRIX", "CONTROL_BY_CONTROL"),
                            withEvidence("CLD-SRM-CUSTOMER-CONTROLS", "yes"))),
            RuleCase.of("CLD-SHARED-RESP partial: matrix claimed but not supplied", PARTIALLY_MET,
                    cloud(a("CLD-RESPONSIBILITY-MATRIX", "CONTROL_BY_CONTROL"), a("CLD-SRM-CUSTOMER-CONTROLS", "yes"))),
            RuleCase.of("CLD-SHARED-RESP partial: hospital's own controls not listed", PARTIALLY_MET,
                    cloud(withEvidence("CLD-RESPONSIBILITY-MATRIX", "CONTROL_BY_CONTROL"),
                            a("CLD-SRM-CUSTOMER-CONTROLS", "no"))),
            RuleCase.of("CLD-SHARED-RESP partial: high-level split only", PARTIALLY_MET,
                    cloud(withEvidence("CLD-RESPONSIBILITY-MATRIX", "HIGH_LEVEL"),
                            a("CLD-SRM-CUSTOMER-CONTROLS", "yes"))),
            RuleCase.of("CLD-SHARED-RESP not met: no responsibility matrix", NOT_MET,
                    cloud(a("CLD-RESPONSIBILITY-MATRIX", "NONE"))),

            RuleCase.of("CLD-EXIT-PORTABILITY met: tested open-standard export with assistance", MET,
                    exit("OPEN_STANDARD", "yes", "yes", "30")),
            RuleCase.of("CLD-EXIT-PORTABILITY partial: proprietary export format", PARTIALLY_MET,
                    exit("DOCUMENTED_PROPRIETARY", "yes", "yes", "60")),
            RuleCase.of("CLD-EXIT-PORTABILITY partial: export never tested", PARTIALLY_MET,
                    exit("OPEN_STANDARD", "no", "yes", "60")),
            RuleCase.of("CLD-EXIT-PORTABILITY partial: no transition assistance", PARTIALLY_MET,
                    exit("OPEN_STANDARD", "yes", "no", "60")),
            RuleCase.of("CLD-EXIT-PORTABILITY partial: retrieval period shorter than 30 days", PARTIALLY_MET,
                    exit("OPEN_STANDARD", "yes", "yes", "29")),
            RuleCase.of("CLD-EXIT-PORTABILITY not met: no complete export", NOT_MET,
                    cloud(a("DATA-EXPORT", "NONE"), a("CLD-EXIT-ASSISTANCE", "yes"))),

            RuleCase.of("CLD-DELETION met: certified deletion by a stated deadline", MET,
                    cloud(withEvidence("CLD-DELETION-CERT", "yes"), withEvidence("CLD-DELETION-DAYS", "90"))),
            RuleCase.of("CLD-DELETION partial: certificate promised without a sample", PARTIALLY_MET,
                    cloud(a("CLD-DELETION-CERT", "yes"), a("CLD-DELETION-DAYS", "60"))),
            RuleCase.of("CLD-DELETION partial: no deletion deadline", PARTIALLY_MET,
                    cloud(withEvidence("CLD-DELETION-CERT", "yes"))),
            RuleCase.of("CLD-DELETION not met: no deletion certificate", NOT_MET,
                    cloud(a("CLD-DELETION-CERT", "no"), a("CLD-DELETION-DAYS", "30"))),

            RuleCase.of("CLD-BACKUP met: immutable and off-site copies", MET,
                    backup("8", "1", "yes", "yes")),
            RuleCase.of("CLD-BACKUP partial: no immutable or offline copy", PARTIALLY_MET,
                    backup("4", "0.25", "no", "yes")),
            RuleCase.of("CLD-BACKUP partial: no copy on a second site", PARTIALLY_MET,
                    backup("4", "0.25", "yes", "no")),
            RuleCase.of("CLD-BACKUP not met: backups neither immutable nor off-site", NOT_MET,
                    backup("4", "0.25", "no", "no")),

            RuleCase.of("CLD-CMK met: hospital-controlled keys, revocable", MET,
                    cloud(withEvidence("CLD-KEY-CONTROL", "HYOK"), withEvidence("CLD-KEY-REVOKE", "yes"))),
            RuleCase.of("CLD-CMK partial: key control claimed without the concept", PARTIALLY_MET,
                    cloud(a("CLD-KEY-CONTROL", "BYOK_HSM"), a("CLD-KEY-REVOKE", "yes"))),
            RuleCase.of("CLD-CMK partial: hospital cannot revoke its keys", PARTIALLY_MET,
                    cloud(withEvidence("CLD-KEY-CONTROL", "HYOK"), a("CLD-KEY-REVOKE", "no"))),
            RuleCase.of("CLD-CMK partial: customer keys in a software key store", PARTIALLY_MET,
                    cloud(withEvidence("CLD-KEY-CONTROL", "BYOK"), a("CLD-KEY-REVOKE", "yes"))),
            RuleCase.of("CLD-CMK partial: provider-managed keys", PARTIALLY_MET,
                    cloud(withEvidence("CLD-KEY-CONTROL", "PROVIDER_MANAGED"), a("CLD-KEY-REVOKE", "no"))),
            RuleCase.of("CLD-CMK not met: data at rest not encrypted", NOT_MET,
                    cloud(a("CLD-KEY-CONTROL", "NO_ENCRYPTION"))),

            RuleCase.contradiction("CONS-CLD-CMK customer-managed keys, yet no encryption at rest",
                    cloud(a("CLD-KEY-CONTROL", "BYOK"), a("ENC-REST", "no"))),
            RuleCase.contradiction("CONS-CLD-PLAINTEXT no plaintext access claimed, yet data unencrypted at rest",
                    cloud(a("PATIENT-DATA", "yes"), a("CLD-ADMIN-PLAINTEXT", "no"), a("ENC-REST", "no"))),
            RuleCase.contradiction("CONS-CLD-SUPPORT-LOCATION EEA only, yet support from outside the EEA",
                    cloud(a("CLD-DATA-LOCATION", "EEA_ONLY"), a("CLD-SUPPORT-LOCATION", "OUTSIDE_EEA_CONTROLLED"))),
            RuleCase.contradiction("CONS-CLD-EXPORT no export, yet an export tested",
                    cloud(a("DATA-EXPORT", "NONE"), a("CLD-EXPORT-TESTED", "yes"))),
            RuleCase.contradiction("CONS-CLD-RTO no recovery objectives, yet a committed recovery time",
                    cloud(a("CLD-RTO-RPO", "no"), a("CLD-RTO-HOURS", "4"))));

    private static org.cyberprocure.model.Questionnaire exit(String format, String tested, String assistance,
                                                            String days) {
        return cloud(a("DATA-EXPORT", format), a("CLD-EXPORT-TESTED", tested),
                a("CLD-EXIT-ASSISTANCE", assistance), a("CLD-EXIT-RETRIEVAL-DAYS", days));
    }

    private static org.cyberprocure.model.Questionnaire backup(String rtoHours, String rpoHours, String immutable,
                                                              String secondSite) {
        return cloud(a("CLD-RTO-HOURS", rtoHours), a("CLD-RPO-HOURS", rpoHours),
                a("BACKUP-PROTECTED", immutable), a("CLD-BACKUP-SECOND-SITE", secondSite));
    }

    private static Answer[] withAll(Answer... overrides) {
        List<Answer> answers = new ArrayList<>(ALL_MET);
        answers.addAll(List.of(overrides));
        return answers.toArray(Answer[]::new);
    }

    private static Assessment allMetWith(Answer... overrides) {
        List<Answer> answers = new ArrayList<>(ALL_MET);
        answers.addAll(List.of(overrides));
        return RuleTesting.evaluate(cloud(answers.toArray(Answer[]::new)));
    }

    @Override
    List<RuleCase> cases() {
        return CASES;
    }

    @Test
    void allMetAnswers_meetEveryCloudRow_nationalSchemesByCountry() {
        for (String country : List.of("DE", "FR")) {
            Assessment assessment = RuleTesting.CHECKER.evaluate(
                    RuleTesting.evidenced(cloud(ALL_MET.toArray(Answer[]::new))),
                    EvaluationContext.defaults().withHospitalCountry(country));
            assertThat(assessment.findings()).as(country).filteredOn(f -> f.requirementId().startsWith("CLD-"))
                    .hasSize(13).allMatch(f -> f.status() == Status.MET || f.status() == Status.NOT_APPLICABLE);
            assertThat(assessment.finding("CLD-CERT-C5").status()).as(country)
                    .isEqualTo(country.equals("DE") ? Status.MET : Status.NOT_APPLICABLE);
            assertThat(assessment.finding("CLD-SGBV-393-2").status()).as(country)
                    .isEqualTo(country.equals("DE") ? Status.MET : Status.NOT_APPLICABLE);
            assertThat(assessment.finding("CLD-CERT-HDS").status()).as(country)
                    .isEqualTo(country.equals("FR") ? Status.MET : Status.NOT_APPLICABLE);
            assertThat(assessment.contradictions()).isEmpty();
        }
    }

    @Test
    void gate11_unknownCountry_nationalSchemesNotApplicable_andTheNoteAsksForTheCountry() {
        Assessment assessment = allMetWith(a("CLD-C5-ATTESTATION", "NONE"), a("CLD-HDS-CERT", "NONE"));
        assertThat(assessment.finding("CLD-CERT-C5").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("CLD-CERT-HDS").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("CLD-CERT-HDS").rationale()).contains("State the hospital's country");
        assertThat(assessment.finding("CLD-CERT-C5").rule()).startsWith("GATE-11");
        assertThat(assessment.decisionReasons()).noneMatch(r -> r.contains("CLD-CERT"));
        assertThat(assessment.scopeNotes()).extracting(org.cyberprocure.model.ScopeNote::instrument)
                .contains("HDS", "SGB-V", "EUCS");
    }

    @Test
    void gate11_germanHospital_c5Binds_hdsDoesNot() {
        Assessment assessment = RuleTesting.CHECKER.evaluate(cloud(withAll(a("CLD-C5-ATTESTATION", "NONE"),
                a("CLD-HDS-CERT", "NONE"))), IN_GERMANY);
        assertThat(assessment.finding("CLD-CERT-C5").status()).isEqualTo(Status.NOT_MET);
        assertThat(assessment.finding("CLD-CERT-C5").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(assessment.finding("CLD-CERT-C5").knockOutHit()).isTrue();
        assertThat(assessment.decision()).isEqualTo(Decision.REJECT);
        assertThat(assessment.finding("CLD-CERT-HDS").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("CLD-CERT-HDS").rationale()).contains("hospital in DE");
    }

    @Test
    void gate11_germanHospital_sccAloneDoNotAllowCloudProcessingOfHealthData() {
        Assessment assessment = RuleTesting.CHECKER.evaluate(RuleTesting.evidenced(cloud(withAll(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                a("CLD-TRANSFER-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"), a("CLD-TIA", "yes")))), IN_GERMANY);
        assertThat(assessment.finding("GDPR-44").status()).isEqualTo(Status.MET);
        assertThat(assessment.finding("CLD-SGBV-393-2").status()).isEqualTo(Status.NOT_MET);
        assertThat(assessment.finding("CLD-SGBV-393-2").knockOutHit()).isTrue();
        Assessment elsewhere = RuleTesting.CHECKER.evaluate(RuleTesting.evidenced(cloud(withAll(a("CLD-DATA-LOCATION", "OUTSIDE_EEA"),
                a("CLD-TRANSFER-MECHANISM", "STANDARD_CONTRACTUAL_CLAUSES"), a("CLD-TIA", "yes")))), IN_FRANCE);
        assertThat(elsewhere.finding("CLD-SGBV-393-2").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void gate11_frenchHospital_hdsBinds_c5DoesNot() {
        Assessment assessment = RuleTesting.CHECKER.evaluate(cloud(withAll(a("CLD-C5-ATTESTATION", "NONE"),
                a("CLD-HDS-CERT", "NONE"))), IN_FRANCE);
        assertThat(assessment.finding("CLD-CERT-HDS").status()).isEqualTo(Status.NOT_MET);
        assertThat(assessment.finding("CLD-CERT-HDS").knockOutHit()).isTrue();
        assertThat(assessment.finding("CLD-CERT-C5").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("CLD-CERT-C5").rationale()).contains("hospital in FR");
    }

    @Test
    void gate11_otherCountry_neitherSchemeLowersTheScore() {
        EvaluationContext inItaly = EvaluationContext.defaults().withHospitalCountry("IT");
        Assessment strong = RuleTesting.CHECKER.evaluate(cloud(ALL_MET.toArray(Answer[]::new)), inItaly);
        Assessment none = RuleTesting.CHECKER.evaluate(cloud(withAll(a("CLD-C5-ATTESTATION", "NONE"),
                a("CLD-HDS-CERT", "NONE"), a("CLD-EUCS-LEVEL", "NO_PLAN"))), inItaly);
        assertThat(none.overallScore()).isEqualTo(strong.overallScore());
        assertThat(none.findings()).noneMatch(f -> f.requirementId().contains("EUCS"));
        assertThat(none.scopeNotes()).anySatisfy(n -> {
            assertThat(n.instrument()).isEqualTo("EUCS");
            assertThat(n.outcome()).isEqualTo(org.cyberprocure.model.ScopeNote.Outcome.NOTE);
            assertThat(n.reason()).contains("not been adopted").contains("no plan");
        });
    }

    @Test
    void gate07_noPatientData_nationalHealthDataSchemesNotApplicable_evenInTheirCountry() {
        Assessment assessment = RuleTesting.CHECKER.evaluate(cloud(withAll(a("PATIENT-DATA", "no"),
                a("CLD-HDS-CERT", "NONE"))), IN_FRANCE);
        assertThat(assessment.finding("CLD-CERT-HDS").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(assessment.finding("CLD-CERT-HDS").rule()).startsWith("GATE-07");
    }

    @Test
    void noExportAtAll_isAKnockOut() {
        Assessment assessment = allMetWith(a("DATA-EXPORT", "NONE"), a("CLD-EXPORT-TESTED", "no"));
        assertThat(assessment.finding("CLD-EXIT-PORTABILITY").knockOutHit()).isTrue();
        assertThat(assessment.decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void certificationSchemes_carryTheirLegalForce() {
        Assessment assessment = RuleTesting.CHECKER.evaluate(
                RuleTesting.evidenced(cloud(ALL_MET.toArray(Answer[]::new))), IN_GERMANY);
        assertThat(assessment.finding("CLD-CERT-C5").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        assertThat(assessment.finding("CLD-CERT-CSP").legalForce()).isEqualTo(LegalForce.EXPECTED_PRACTICE);
    }

    @Test
    void certificateValidThroughTheContract_isMet() {
        var finding = RuleTesting.finding("CLD-CERT-CSP", RuleTesting.evidenced(cloud(withEvidence("CLD-ISO27017",
                "yes"), withEvidence("CLD-ISO27018", "yes"), a("CLD-CSP-CERT-EXPIRY", "2030-12-31"))),
                        CONTRACT_TO_2030);
        assertThat(finding.status()).isEqualTo(MET);
    }

    @Test
    void withoutPatientData_encryptionAnswersAreNotCrossChecked() {
        Assessment assessment = allMetWith(a("PATIENT-DATA", "no"), a("ENC-REST", "no"));
        assertThat(assessment.contradictions()).isEmpty();
    }

    @Test
    void supportFromAdequateCountries_doesNotContradictAnEeaAndAdequateDataLocation() {
        Assessment assessment = allMetWith(a("CLD-DATA-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"),
                a("CLD-SUPPORT-LOCATION", "EEA_AND_ADEQUATE_COUNTRIES"));
        assertThat(assessment.contradictions()).isEmpty();
    }
}
