package org.cyberprocure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.catalog.FormMapping.ItemPolarity;
import org.cyberprocure.catalog.FormMapping.QuestionMapping;
import org.cyberprocure.imports.FormDefaults;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Contradiction;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Status;
import org.junit.jupiter.api.Test;

/**
 * The rule pack's MDS2 mapping (forms/mds2-hn1-2019.json) read as the HN 1-2019 items say, through the real reader
 * and rule pack: scope facts, polarity and meaning of single items, the items each question uses, and that no
 * knock-out fires from an item unrelated to it.
 */
class Mds2MappingTest {
    static final FormMapping MAPPING = RuleTesting.CHECKER.catalog().formMapping("MDS2").orElseThrow();
    static final EvaluationContext AFTER_CRA = EvaluationContext.defaults().withAsOf(LocalDate.of(2028, 1, 1));
    private static final List<String> DOC = List.of("DOC-1", "Kestrel Medical", "DOC-3", "IP-300", "DOC-4",
            "KMD-1", "DOC-7", "2027-12-20");

    /** Reads an MDS2 CSV export with these items (id, answer, id, answer, ...; an answer may carry a note). */
    static Questionnaire read(FormDefaults defaults, Map<String, String> items) {
        StringBuilder csv = new StringBuilder("Question ID,Question,Answer,Note\n");
        for (int i = 0; i < DOC.size(); i += 2) {
            csv.append(DOC.get(i)).append(",q,\"").append(DOC.get(i + 1)).append("\",\n");
        }
        items.forEach((id, answer) -> csv.append(id).append(",q,\"").append(answer.replace("\"", "\"\""))
                .append("\",\n"));
        return RuleTesting.CHECKER.mds2Reader().withDefaults(defaults)
                .readCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "test-mds2.csv");
    }

    static Questionnaire read(String... idsAndAnswers) {
        Map<String, String> items = new LinkedHashMap<>();
        for (int i = 0; i < idsAndAnswers.length; i += 2) {
            items.put(idsAndAnswers[i], idsAndAnswers[i + 1]);
        }
        return read(FormDefaults.none(), items);
    }

    static Map<String, Answer> answers(Questionnaire q) {
        return q.answers().stream().collect(Collectors.toMap(Answer::questionId, a -> a));
    }

    static String value(String question, String... idsAndAnswers) {
        Answer answer = answers(read(idsAndAnswers)).get(question);
        return answer == null ? "(unanswered)" : answer.value();
    }

    // ---- 1. scope: an MDS2 describes a medical device ----

    @Test
    void mds2_setsTheMdrScopeFact_soTheCraStaysAdvisory_evenAfterItsApplicationDate() {
        // PAUT-5 = no: a password that cannot be changed, the CRA's default-credentials knock-out if it bound.
        Questionnaire q = read("PAUT-4", "Yes", "PAUT-5", "No", "SGUD-3.1", "Yes", "DTBK-2", "Yes");
        assertThat(answers(q).get("MD-MDR-CE").value()).isEqualTo("yes");
        assertThat(answers(q).get("MD-MDR-CE").evidence()).as("the form does not prove CE marking").isEmpty();
        Assessment a = RuleTesting.CHECKER.evaluate(q, AFTER_CRA);
        List<Finding> cra = a.findings().stream().filter(f -> f.requirementId().startsWith("CRA-")).toList();
        assertThat(cra).isNotEmpty().allSatisfy(f -> {
            assertThat(f.legalForce()).as(f.requirementId()).isEqualTo(LegalForce.ADVISORY);
            assertThat(f.knockOutHit()).as(f.requirementId()).isFalse();
        });
        assertThat(a.finding("CRA-AI-P1-2b").rationale()).contains("CRA Art 2(2)");
        // The MDR and practice rows still judge the fixed credential (whether the MDR row is a knock-out is the
        // MDR rows' business, not the form's).
        assertThat(a.finding("MDR-AI-18.8").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("EHP-GP-M09").status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void mds2_answersWhatItIs_neverAsksForTheDisclosureItself() {
        Map<String, Answer> answers = answers(read("DOC-8", "Yes"));
        assertThat(answers.get("EHP-STD-DISCLOSURE").value()).isEqualTo("MDS2");
        assertThat(answers.get("MD-MDS2").value()).isEqualTo("CURRENT");
        assertThat(answers.get("MD-MDS2").evidence()).containsExactly("test-mds2.csv");
        assertThat(answers.get("MD-MDS2").origin().describe()).isEqualTo("MDS2 (the form itself)");
        Assessment a = RuleTesting.CHECKER.evaluate(read("DOC-8", "Yes"));
        assertThat(a.finding("MDCG-3.3").status()).isEqualTo(Status.MET);
        assertThat(a.missingMandatory()).doesNotContain("MD-MDR-CE", "MD-MDS2", "EHP-STD-DISCLOSURE");
    }

    @Test
    void certificationStatedByTheHospital_isADirectAnswer_andTheFormsItemsStillWin() {
        Questionnaire q = read(FormDefaults.none().withAnswer("PATIENT-DATA", "no"), Map.of("MPII-1", "Yes"));
        assertThat(answers(q).get("PATIENT-DATA").value()).as("the form's item wins").isEqualTo("yes");
        Questionnaire stated = read(FormDefaults.none().withAnswer("MD-PATCH-OUTSIDE-FSCA", "yes"), Map.of());
        assertThat(answers(stated).get("MD-PATCH-OUTSIDE-FSCA").mapped()).isFalse();
        assertThat(answers(stated).get("MD-PATCH-OUTSIDE-FSCA").comment()).contains("Stated by the hospital");
    }

    // ---- 2. MD-DEFAULT-CREDS: only the items about credentials ----

    @Test
    void defaultCredentials_comeFromDefaultAccountsAndPasswordControl_only() {
        QuestionMapping creds = MAPPING.question("MD-DEFAULT-CREDS").orElseThrow();
        assertThat(creds.items()).extracting(ItemPolarity::item).containsExactly("PAUT-4", "PAUT-5", "SGUD-3.1");
        assertThat(creds.settledBy()).isEmpty();
        // Unique ids, ports and services say nothing about fixed credentials.
        assertThat(value("MD-DEFAULT-CREDS", "PAUT-1", "No", "SAHD-8", "No", "SAHD-9", "No", "PAUT-4", "Yes",
                "SGUD-3.1", "Yes")).isEqualTo("no");
        assertThat(value("MD-DEFAULT-CREDS", "PAUT-1", "No", "SAHD-8", "No")).isEqualTo("(unanswered)");
        assertThat(value("MD-DEFAULT-CREDS", "PAUT-4", "Yes", "SGUD-3.1", "No")).isEqualTo("yes");
        assertThat(value("MD-DEFAULT-CREDS", "PAUT-4", "N/A: no default accounts", "SGUD-3.1", "Yes"))
                .isEqualTo("no");
    }

    /**
     * For every knock-out requirement, flipping any MDS2 item that no question of that requirement is mapped from
     * never makes it fire. The baseline is a form answered securely throughout; the MDR scope answer is dropped so
     * that the CRA rows bind (as of 2028-01-01) and their knock-outs are tested too.
     */
    @Test
    void noKnockOut_firesFromAnItemUnrelatedToIt() {
        Map<String, String> baseline = secureBaseline();
        List<Requirement> knockOuts = RuleTesting.CHECKER.catalog().requirements(Profile.MEDICAL_DEVICE).stream()
                .filter(AFTER_CRA.policy()::isKnockOut).toList();
        assertThat(knockOuts).extracting(Requirement::id).contains("CRA-AI-P1-2b", "CRA-AI-P1-2c", "GDPR-44-RS");
        Map<String, Set<String>> related = new LinkedHashMap<>();
        knockOuts.forEach(r -> related.put(r.id(), itemsOf(Set.copyOf(r.questions()))));
        assertThat(related.get("CRA-AI-P1-2b")).contains("PAUT-4", "PAUT-5", "SGUD-3.1", "DTBK-2")
                .doesNotContain("PAUT-1", "SAHD-8", "SAHD-9");
        Assessment base = evaluateBound(read(FormDefaults.none(), baseline));
        assertThat(base.findings()).as("baseline").noneMatch(Finding::knockOutHit);
        assertThat(base.finding("CRA-AI-P1-2b").legalForce()).isEqualTo(LegalForce.BINDING_LAW);
        List<String> fired = new ArrayList<>();
        for (String item : MAPPING.items()) {
            if (MAPPING.isText(item)) {
                continue;
            }
            Map<String, String> flipped = new LinkedHashMap<>(baseline);
            flipped.put(item, baseline.get(item).equals("Yes") ? "No" : "Yes");
            Assessment a = evaluateBound(read(FormDefaults.none(), flipped));
            for (Requirement r : knockOuts) {
                if (!related.get(r.id()).contains(item) && a.finding(r.id()).knockOutHit()) {
                    fired.add(item + " flipped fires " + r.id());
                }
            }
        }
        assertThat(fired).isEmpty();
    }

    /** The same knock-out fires from a related item, so the test above can fail. */
    @Test
    void knockOut_firesFromARelatedItem() {
        Map<String, String> baseline = secureBaseline();
        baseline.put("SGUD-3.1", "No");
        Assessment a = evaluateBound(read(FormDefaults.none(), baseline));
        assertThat(a.finding("CRA-AI-P1-2b").knockOutHit()).isTrue();
    }

    /** Every yes/no item at the answer its mapping calls secure (a plain Yes where no mapping uses it). */
    static Map<String, String> secureBaseline() {
        Map<String, String> secure = new LinkedHashMap<>();
        for (QuestionMapping q : MAPPING.questions()) {
            q.items().forEach(i -> secure.putIfAbsent(i.item(), i.secure().equals("yes") ? "Yes" : "No"));
        }
        Map<String, String> baseline = new LinkedHashMap<>();
        for (String item : MAPPING.items()) {
            if (!MAPPING.isText(item)) {
                baseline.put(item, secure.getOrDefault(item, "Yes"));
            }
        }
        baseline.put("PLOK-1", "No"); // not software only: the physical-lock items apply
        baseline.put("CONN-4", "No"); // reaches nothing outside the hospital ...
        baseline.put("MPII-3.7", "No"); // ... so sends no personal data over an external network
        return baseline;
    }

    /** The items any question of these is mapped from (also by settling it). */
    static Set<String> itemsOf(Set<String> questions) {
        Set<String> items = new TreeSet<>();
        MAPPING.questions().stream().filter(q -> questions.contains(q.question())).forEach(q -> {
            q.items().forEach(i -> items.add(i.item()));
            q.settledBy().forEach(s -> items.add(s.item()));
        });
        return items;
    }

    /** Evaluated as of 2028-01-01 without the MDR scope answer, so the CRA rows bind. */
    static Assessment evaluateBound(Questionnaire q) {
        List<Answer> withoutScope = q.answers().stream().filter(a -> !a.questionId().equals("MD-MDR-CE")).toList();
        return RuleTesting.CHECKER.evaluate(new Questionnaire(q.id(), q.profile(), q.submitted(), q.vendor(),
                q.product(), withoutScope, q.forms(), q.sboms()), AFTER_CRA);
    }

    // ---- 3. polarity and meaning ----

    @Test
    void txcf1_yesIsTheRestrictedCase_andItsNoSaysNothingAgainstTheDevice() {
        assertThat(value("EHP-NET-SEGREGATED", "TXCF-1", "Yes")).isEqualTo("yes");
        assertThat(value("EHP-NET-SEGREGATED", "TXCF-1", "No")).isEqualTo("(unanswered)");
        assertThat(value("MD-INTERFACE-AUTH", "TXCF-1", "No", "AUTH-1", "Yes", "TXCF-4", "Yes")).isEqualTo("yes");
        assertThat(MAPPING.questions()).flatExtracting(QuestionMapping::items)
                .filteredOn(i -> i.item().equals("TXCF-1")).allSatisfy(i -> assertThat(i.secure()).isEqualTo("yes"));
    }

    @Test
    void sahd2_internalCertification_isASelfDeclaration() {
        assertThat(value("EHP-MD-PRODUCT-CERT", "SAHD-2", "Yes, Internal")).isEqualTo("SELF_DECLARATION");
        assertThat(value("EHP-MD-PRODUCT-CERT", "SAHD-2", "Yes; IEC 62443-4-2 certificate from a notified lab"))
                .isEqualTo("INDEPENDENT_CERTIFICATE");
        assertThat(value("EHP-MD-PRODUCT-CERT", "SAHD-2", "No")).isEqualTo("SELF_DECLARATION");
    }

    @Test
    void rdmp1_namesTheStandard_iec62304IsNotASecurityLifeCycle() {
        assertThat(value("SDL-STANDARD", "RDMP-1", "Yes,IEC 62304")).isEqualTo("IEC_62304_ONLY");
        assertThat(value("SDL-STANDARD", "RDMP-1", "Yes, IEC 62304 and IEC 81001-5-1")).isEqualTo("IEC_81001_5_1");
        assertThat(value("SDL-STANDARD", "RDMP-1", "Yes")).isEqualTo("OWN_PROCESS");
        Assessment a = RuleTesting.evaluate(read("RDMP-1", "Yes,IEC 62304"));
        assertThat(a.finding("MDR-AI-17.2").status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(a.finding("MDR-AI-17.2").rationale()).contains("IEC_62304_ONLY");
    }

    @Test
    void rdmp3_aSupportDatesPage_isNoSupportEndStatedInTheOffer() {
        Map<String, Answer> answers = answers(read("RDMP-3", "Yes", "RDMP-4", "Yes"));
        assertThat(answers).doesNotContainKey("CRA-SUPPORT-STATED").doesNotContainKey("MD-SUPPORT-END");
        assertThat(answers.get("EHP-COMPONENT-EOL-LIST").value()).isEqualTo("yes");
    }

    @Test
    void doc8_disclosureToAffectedCustomers_isNoPublishedPolicy() {
        assertThat(value("CVD-POLICY", "DOC-8", "Yes, we disclose vulnerabilities of MEDIUM or higher directly to the"
                + " affected customers.")).isEqualTo("INFORMAL");
        assertThat(value("CVD-POLICY", "DOC-8", "Yes, see https://maker.example/psirt")).isEqualTo("PUBLISHED");
        assertThat(value("CVD-POLICY", "DOC-8", "Yes, policy at maker.example/security")).isEqualTo("PUBLISHED");
        assertThat(value("CVD-POLICY", "DOC-8", "No")).isEqualTo("NONE");
    }

    @Test
    void yesOptional_isPartial_notSecureByDefault() {
        assertThat(value("ENC-REST", "STCF-1", "Yes, optional", "STCF-1.1", "Yes")).isEqualTo("no");
        assertThat(value("EHP-MD-ACCOUNTS", "PAUT-1", "Yes, Optional", "AUTH-2", "Yes")).isEqualTo("SHARED_ACCOUNTS");
        assertThat(value("CRA-AUTH-STRONG", "PAUT-1", "Yes, Optional", "AUTH-1", "Yes")).isEqualTo("partial");
        assertThat(value("MD-INTERFACE-AUTH", "AUTH-1", "Yes", "AUTH-4", "Yes (optional, disabled by default)"))
                .isEqualTo("partial");
        // Facts stay facts: optional personal-data handling still handles personal data.
        assertThat(value("PATIENT-DATA", "MPII-1", "Yes,optional")).isEqualTo("yes");
        // Optional automatic installation can be switched off, which is what UPDATE-SCHEDULING asks.
        assertThat(value("UPDATE-SCHEDULING", "CSUP-8", "Yes, optional")).isEqualTo("yes");
        assertThat(value("UPDATE-SCHEDULING", "CSUP-8", "Yes")).isEqualTo("no");
    }

    // ---- 4. the items the form answers ----

    @Test
    void strongAuthentication_takesMfaOrSso() {
        String[] base = {"AUTH-1", "Yes", "PAUT-1", "Yes", "AUTH-2", "Yes", "AUTH-4", "Yes", "AUTH-3", "No"};
        assertThat(value("CRA-AUTH-STRONG", concat(base, "PAUT-8", "Yes", "PAUT-9", "No"))).isEqualTo("yes");
        assertThat(value("CRA-AUTH-STRONG", concat(base, "PAUT-8", "No", "PAUT-9", "Yes"))).isEqualTo("yes");
        assertThat(value("CRA-AUTH-STRONG", concat(base, "PAUT-8", "No", "PAUT-9", "No"))).isEqualTo("partial");
    }

    @Test
    void networkRows_useFirewallAllowListAndAuthenticatedConnections() {
        assertThat(value("MD-INTERFACE-AUTH", "AUTH-1", "Yes", "NAUT-2", "No")).isEqualTo("partial");
        assertThat(value("MD-INTERFACE-AUTH", "AUTH-1", "Yes", "TXCF-4", "No")).isEqualTo("partial");
        assertThat(value("EHP-NET-SEGREGATED", "NAUT-2", "Yes", "TXCF-3", "Yes")).isEqualTo("yes");
        assertThat(value("EHP-NET-SEGREGATED", "NAUT-2", "No", "TXCF-3", "No")).isEqualTo("(unanswered)");
        assertThat(value("EHP-INTEROP-SECURED", "TXCF-2", "Yes", "TXCF-4", "No")).isEqualTo("no");
    }

    @Test
    void integrity_usesStoredDataAndBackupChecks() {
        assertThat(value("CRA-INTEGRITY-MONITOR", "IGAU-1", "Yes", "SAHD-4", "Yes", "DTBK-6", "Yes")).isEqualTo("yes");
        assertThat(value("CRA-INTEGRITY-MONITOR", "IGAU-1", "Yes", "SAHD-4", "Yes", "DTBK-6", "No")).isEqualTo("no");
        assertThat(value("CRA-INTEGRITY-MONITOR", "IGAU-1", "No")).isEqualTo("no");
    }

    @Test
    void remoteService_ownerInitiatedWithIndicator_isApproval_andNoRemoteServiceIsToo() {
        assertThat(value("REMOTE-APPROVAL", "RMOT-1", "Yes", "RMOT-1.1", "Yes", "RMOT-1.2", "Yes")).isEqualTo("yes");
        assertThat(value("REMOTE-APPROVAL", "RMOT-1", "Yes", "RMOT-1.1", "Yes", "RMOT-1.2", "No")).isEqualTo("no");
        assertThat(value("REMOTE-APPROVAL", "RMOT-1", "No", "RMOT-1.1", "No")).isEqualTo("yes");
        Assessment a = RuleTesting.evaluate(read("RMOT-1", "Yes", "RMOT-1.1", "Yes", "RMOT-1.2", "Yes",
                "AUDT-2.8.1", "Yes", "AUDT-6", "Yes"));
        assertThat(a.finding("GDPR-32-4").status()).as("a remote-service strength is answered")
                .isIn(Status.MET, Status.PARTIALLY_MET);
    }

    @Test
    void wirelessRow_isMetForADeviceWithoutRadios_andOpenOtherwise() {
        assertThat(value("EHP-MD-WIRELESS", "CONN-1.1", "No")).isEqualTo("NO_WIRELESS");
        assertThat(value("EHP-MD-WIRELESS", "CONN-1.1.1", "No", "CONN-1.1.2", "No", "CONN-1.1.3", "No",
                "CONN-1.1.4", "No")).isEqualTo("NO_WIRELESS");
        assertThat(value("EHP-MD-WIRELESS", "CONN-1.1", "Yes", "CONN-1.1.1", "Yes")).isEqualTo("(unanswered)");
        assertThat(value("EHP-MD-RADIO-OFF", "CONN-1.1", "No")).isEqualTo("n/a");
        Finding g04 = RuleTesting.evaluate(read("CONN-1.1", "No")).finding("EHP-GP-G04");
        assertThat(g04.status()).as("reached, as a claim: the question expects a document").isEqualTo(Status.PARTIALLY_MET);
        assertThat(g04.rationale()).contains("no wireless interface", "Claimed, not evidenced");
    }

    @Test
    void vulnerabilityAssessment_usesCsup11() {
        assertThat(value("VULN-MGMT-PROCESS", "CSUP-11", "Yes", "RDMP-2", "Yes")).isEqualTo("yes");
        assertThat(value("VULN-MGMT-PROCESS", "CSUP-11", "No", "RDMP-2", "Yes")).isEqualTo("partial");
    }

    @Test
    void encryptionAtRestAndInTransit_areSeparate_storedUnencryptedIsNotMet() {
        Questionnaire q = read("MPII-1", "Yes", "MPII-2", "Yes", "MPII-2.2", "Yes", "STCF-1", "No", "STCF-1.1",
                "N/A", "TXCF-2", "Yes", "CONN-7", "Yes");
        assertThat(answers(q).get("ENC-REST").value()).isEqualTo("no");
        assertThat(answers(q).get("ENC-TRANSIT").value()).isEqualTo("yes");
        Assessment a = RuleTesting.evaluate(q);
        assertThat(a.finding("GDPR-32-1a").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.contradictions()).as("a gap, not a contradiction").isEmpty();
        // Nothing stored persistently: at rest is no blended gap of stored data.
        Assessment volatileOnly = RuleTesting.evaluate(read("MPII-1", "Yes", "MPII-2.2", "No", "MPII-2.3", "No",
                "STCF-1", "No", "TXCF-2", "Yes"));
        assertThat(volatileOnly.finding("GDPR-32-1a").status()).isEqualTo(Status.PARTIALLY_MET);
    }

    @Test
    void deviceThatReachesNothingOutsideTheHospital_hasNoRemoteAccessFromAbroad() {
        assertThat(value("GDPR-REMOTE-LOCATION", "CONN-4", "No")).isEqualTo("NO_REMOTE_ACCESS");
        assertThat(value("GDPR-REMOTE-LOCATION", "CONN-4", "Yes", "RMOT-1", "No")).isEqualTo("(unanswered)");
        Finding transfer = RuleTesting.evaluate(read("CONN-4", "No")).finding("GDPR-44-RS");
        assertThat(transfer.status()).as("no document expected: the form's answer meets it").isEqualTo(Status.MET);
    }

    // ---- 5. gates only where the form instructs N/A ----

    @Test
    void onlyTheFormsOwnNaInstructions_areGates() {
        assertThat(MAPPING.gates()).extracting(FormMapping.Gate::item)
                .containsExactlyInAnyOrder("CSUP-1", "CSUP-2", "CSUP-3", "CSUP-4", "CSUP-5", "CSUP-6", "PLOK-1");
        // CSUP-1 = no: the rest of CSUP reads as N/A, as the form says.
        assertThat(value("VULN-MGMT-PROCESS", "CSUP-1", "No", "CSUP-11", "No", "RDMP-2", "Yes")).isEqualTo("yes");
        // PLOK-1 = yes ("software only"): physical protection cannot apply, and the question accepts n/a.
        assertThat(value("EHP-MD-PHYSICAL", "PLOK-1", "Yes", "PLOK-2", "No")).isEqualTo("n/a");
        // Elsewhere every item is read: STCF-1 = no does not hide STCF-1.2, SAHD-14 = no does not hide SAHD-14.1.
        assertThat(value("ENC-REST", "STCF-1", "No", "STCF-1.2", "Yes")).isEqualTo("no");
        assertThat(value("CRA-HARDENING-GUIDE", "SAHD-14", "No", "SAHD-14.1", "Yes", "SGUD-1", "Yes")).isEqualTo("yes");
    }

    @Test
    void sbomContradiction_isKeptAsBefore() {
        Assessment a = RuleTesting.evaluate(read("SBOM-1", "No", "SBOM-2", "Yes, CycloneDX", "SBOM-2.1", "Yes",
                "SBOM-4", "Yes"));
        assertThat(a.contradictions()).extracting(Contradiction::checkId).containsExactly("MDS2-SBOM");
        assertThat(a.contradictions().get(0).message()).isEqualTo("MDS2 SBOM-1 says no SBOM is available, yet 3 SBOM"
                + " item(s) answer yes (SBOM-2, SBOM-2.1, SBOM-4).");
    }

    // ---- 6. strengths reach a status ----

    @Test
    void secureForm_answersEveryMappedQuestion_andItsRowsReachMetOrClaimed() {
        Questionnaire q = read(FormDefaults.none(), secureBaseline());
        Map<String, Answer> answers = answers(q);
        List<String> open = MAPPING.questions().stream().map(QuestionMapping::question)
                .filter(id -> !answers.containsKey(id)).toList();
        // Open only where the form needs a note to tell (the SBOM format) or the device has radios (whether the
        // hospital can switch them off); every other mapped question is answered.
        assertThat(open).containsExactly("MD-SBOM-FORMAT", "EHP-MD-RADIO-OFF");
        Assessment a = RuleTesting.evaluate(q);
        for (String row : List.of("MDR-AI-18.8", "GDPR-32-1a", "GDPR-32-4", "EHP-GP-G04", "EHP-GP-G08", "EHP-GP-P04",
                "EHP-GP-M09", "MDCG-3.3", "EHP-GP-G02", "MDCG-5.1", "MDR-AI-17.2", "MDCG-3.6")) {
            assertThat(a.finding(row).status()).as(row + ": " + a.finding(row).rationale())
                    .isIn(Status.MET, Status.PARTIALLY_MET);
        }
        assertThat(a.findings()).noneMatch(Finding::knockOutHit);
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
