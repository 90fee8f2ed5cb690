package org.cyberprocure.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.imports.CaiqReader;

/**
 * Writes docs/examples/vitalis-pacs-cloud-caiq.xlsx: a complete CAIQ v4.0.3 answer sheet of a fictional PACS cloud,
 * laid out like the official workbook (title block, then one row per question with the columns Question ID,
 * Question, CSP CAIQ Answer, SSRM Control Ownership, CSP Implementation Description, CSC Responsibilities and the
 * CCM columns), answering all 261 questions the way real provider sheets do: mostly Yes and CSP-owned, mixed
 * ownership (shared with the customer, outsourced to the IaaS provider, customer-owned), the datacenter domain NA
 * yet with an owner filled in, and narrow "No"s beside broad "Yes"es. The Question column holds our own short
 * paraphrase (forms/caiq-v4.json), never CSA's text.
 *
 * <p>Run {@code CaiqExampleTest#writeWorkbooks} with {@code -Dcyberprocure.writeExamples=true} after changing this
 * class; {@link CaiqExampleTest} asserts what the sheet yields.
 */
final class CaiqRealisticSheet {
    static final Path FILE = Path.of("docs", "examples", "vitalis-pacs-cloud-caiq.xlsx");

    private CaiqRealisticSheet() {
    }

    /** An answer row: answer, ownership, implementation description, customer's part. */
    record Row4(String answer, String owner, String description, String customer) {
    }

    private static Row4 row(String answer, String owner, String description) {
        return new Row4(answer, owner, description, "");
    }

    private static Row4 row(String answer, String owner, String description, String customer) {
        return new Row4(answer, owner, description, customer);
    }

    static final String CSP = "CSP-owned";
    static final String CSC = "CSC-owned";
    static final String SHARED = "Shared CSP and CSC";
    static final String IAAS = "3rd-party outsourced";
    static final String SHARED_IAAS = "Shared CSP and 3rd-party";

    /** The answers that differ from "Yes, CSP-owned". */
    static final Map<String, Row4> ANSWERS = Map.ofEntries(
            Map.entry("A&A-02.1", row("Yes", CSP, "ISO/IEC 27001 certificate (surveillance audit 2026-05) and ISAE 3000"
                    + " type 2 report on the platform.")),
            // continuity: a plan exists, but no separate disaster response plan (a narrow No beside broad Yes)
            Map.entry("BCR-01.1", row("Yes", CSP, "Continuity policy BC-01, approved by the board.")),
            Map.entry("BCR-03.1", row("Yes", SHARED_IAAS, "Two availability zones of the IaaS region; failover runbook.")),
            Map.entry("BCR-04.1", row("Yes", CSP, "Business continuity plan for the PACS service, exercised yearly.")),
            Map.entry("BCR-09.1", row("No", CSP, "Disaster scenarios are chapters of the continuity plan; there is no"
                    + " separate disaster response plan.")),
            Map.entry("BCR-09.2", row("NA", CSP, "See BCR-09.1.")),
            Map.entry("BCR-08.1", row("Yes", SHARED_IAAS, "Hourly snapshots, daily backups to a second region.")),
            Map.entry("BCR-08.2", row("Yes", SHARED_IAAS, "Backups in object-locked storage with separate keys.")),
            Map.entry("BCR-10.2", row("NA", CSP, "No own premises; the IaaS provider runs its own exercises.")),
            Map.entry("BCR-11.1", row("Yes", IAAS, "Redundancy of the IaaS provider's zones.")),
            // keys: the customer is named owner, yet only the provider could offer customer-managed keys
            Map.entry("CEK-08.1", row("No", CSC, "Keys are managed by Vitalis in the cloud KMS; bring-your-own-key is"
                    + " on the roadmap.", "Decide whether provider-managed keys are acceptable.")),
            Map.entry("CEK-15.1", row("NA", CSP, "The KMS creates keys active.")),
            Map.entry("CEK-19.1", row("NA", CSP, "Compromised keys are never used.")),
            Map.entry("CCC-05.1", row("Yes", CSP, "Changes to customer tenants only in announced maintenance windows.")),
            Map.entry("DSP-03.1", row("Yes", SHARED, "Inventory of personal data categories per tenant.",
                    "Record which studies and reports the hospital stores.")),
            Map.entry("DSP-11.1", row("Yes", SHARED, "Export and deletion functions per patient.",
                    "Answer data subject requests as controller.")),
            // sub-processors: a list exists (STA-07.1), but changes are not announced before they start
            Map.entry("DSP-14.1", row("No", CSP, "Sub-processors are listed in the DPA annex; new ones are added to the"
                    + " list when they start.")),
            Map.entry("DSP-16.1", row("Yes", CSP, "Retention per customer instruction; deletion within 30 days of the"
                    + " end of the contract.")),
            Map.entry("DSP-18.2", row("Yes", CSP, "Customers are told of any authority request unless prohibited.")),
            Map.entry("DSP-19.1", row("Yes", CSP, "Data stays in the EU region Frankfurt with backups in Amsterdam.")),
            Map.entry("GRC-08.1", row("Yes", CSP, "Member of the national health ISAC.")),
            Map.entry("HRS-01.1", row("Yes", CSP, "Background checks before hiring where national law allows.")),
            Map.entry("HRS-12.1", row("No", CSP, "Role-specific training for health data is being introduced in 2027.")),
            Map.entry("HRS-12.2", row("Yes", CSP, "Policy changes are announced on the intranet.")),
            Map.entry("IAM-02.1", row("Yes", SHARED, "Password rules for staff; customers set their own rules in the"
                    + " tenant.", "Configure the tenant's password policy or use SSO.")),
            Map.entry("IAM-05.1", row("Yes", SHARED, "Least-privilege roles for staff; customers assign roles to their"
                    + " users.", "Assign the least-privilege roles to hospital users.")),
            Map.entry("IAM-07.1", row("No", SHARED, "Staff leavers are removed by the HR workflow; customer users are"
                    + " not removed by Vitalis.", "Remove leavers' accounts in the tenant.")),
            // provider access approval: the customer is named owner, yet only the provider can build the workflow
            Map.entry("IAM-11.1", row("No", CSC, "Privileged support access is approved internally.",
                    "Ask support to log access requests.")),
            Map.entry("IAM-14.1", row("Yes", SHARED, "FIDO2 MFA for all staff; MFA for customer users is a tenant"
                    + " setting.", "Enable MFA for hospital users.")),
            Map.entry("IPY-01.3", row("NA", CSP, "No application development by customers.")),
            Map.entry("IPY-04.1", row("No", CSP, "The standard terms do not regulate data access after termination;"
                    + " handled case by case.")),
            Map.entry("LOG-07.1", row("Yes", SHARED, "Platform events logged; customers choose audit events.",
                    "Select the audit events of the tenant.")),
            Map.entry("LOG-12.1", row("NA", IAAS, "Physical access is logged by the IaaS provider.")),
            Map.entry("STA-03.1", row("Yes", CSP, "Shared responsibility guide published in the customer portal.")),
            Map.entry("STA-07.1", row("Yes", CSP, "Register of all suppliers and sub-processors.")),
            Map.entry("STA-09.1", row("Yes", CSP, "Security annex in the standard service agreement.")),
            Map.entry("STA-14.1", row("Yes", CSP, "Yearly review of sub-processor certificates and reports.")),
            Map.entry("TVM-05.1", row("Yes", CSP, "Dependency scanning in every build.")),
            Map.entry("TVM-06.1", row("No", CSP, "Our internal red team tests before major releases; no external"
                    + " tester.")),
            Map.entry("UEM-04.1", row("Yes", CSP, "MDM inventory of all staff devices.")),
            Map.entry("UEM-12.1", row("NA", CSP, "No mobile devices access customer data.")),
            Map.entry("UEM-14.1", row("Yes", SHARED, "Contractors' devices enrolled in MDM.")));

    /** The datacenter domain of a SaaS on IaaS: NA, yet the owner column filled in (as real sheets do). */
    static Row4 answer(String id) {
        Row4 given = ANSWERS.get(id);
        if (given != null) {
            return given;
        }
        if (id.startsWith("DCS-")) {
            return id.equals("DCS-05.1") || id.equals("DCS-06.1")
                    ? row("Yes", SHARED_IAAS, "Logical assets in our CMDB; physical assets at the IaaS provider.")
                    : row("NA", IAAS, "No own datacenter: the IaaS provider's ISO/IEC 27001 and C5 reports cover it.");
        }
        return row("Yes", CSP, "");
    }

    private static final Map<String, String> DOMAINS = Map.ofEntries(Map.entry("A&A", "Audit & Assurance"),
            Map.entry("AIS", "Application & Interface Security"),
            Map.entry("BCR", "Business Continuity Management and Operational Resilience"),
            Map.entry("CCC", "Change Control and Configuration Management"),
            Map.entry("CEK", "Cryptography, Encryption & Key Management"), Map.entry("DCS", "Datacenter Security"),
            Map.entry("DSP", "Data Security and Privacy Lifecycle Management"),
            Map.entry("GRC", "Governance, Risk and Compliance"), Map.entry("HRS", "Human Resources"),
            Map.entry("IAM", "Identity & Access Management"), Map.entry("IPY", "Interoperability & Portability"),
            Map.entry("IVS", "Infrastructure & Virtualization Security"), Map.entry("LOG", "Logging and Monitoring"),
            Map.entry("SEF", "Security Incident Management, E-Discovery, & Cloud Forensics"),
            Map.entry("STA", "Supply Chain Management, Transparency, and Accountability"),
            Map.entry("TVM", "Threat & Vulnerability Management"), Map.entry("UEM", "Universal Endpoint Management"));

    static void write(FormMapping caiq, Path file) throws IOException {
        List<String> header = List.of("Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
                "CSP Implementation Description (Optional/Recommended)",
                "CSC Responsibilities (Optional/Recommended)", "CCM Control ID", "CCM Control Specification",
                "CCM Control Title", "CCM Domain Title");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("CAIQv4.0.3");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("Consensus Assessments Initiative Questionnaire (CAIQ)"
                    + " v4.0.3 - fictional answers for testing");
            r = pair(sheet, r, "Cloud Service Provider", "Vitalis Cloud Services B.V.");
            r = pair(sheet, r, "Cloud Service", "Vitalis PACS Cloud");
            r = pair(sheet, r, "Version", "4.2");
            Row dated = sheet.createRow(r++);
            dated.createCell(0).setCellValue("Assessment Date");
            dated.createCell(1).setCellValue(LocalDate.of(2026, 10, 15));
            dated.getCell(1).setCellStyle(date);
            r = pair(sheet, r, "Country", "NL");
            r++;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            String domain = "";
            for (String id : caiq.items()) {
                String code = id.substring(0, id.indexOf('-'));
                if (!code.equals(domain)) {
                    domain = code;
                    sheet.createRow(r++).createCell(0).setCellValue(DOMAINS.get(code));
                }
                Row4 answer = answer(id);
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(id);
                row.createCell(1).setCellValue(caiq.meanings().get(id));
                row.createCell(2).setCellValue(answer.answer());
                row.createCell(3).setCellValue(answer.owner());
                row.createCell(4).setCellValue(answer.description());
                row.createCell(5).setCellValue(answer.customer());
                row.createCell(6).setCellValue(id.substring(0, id.indexOf('.')));
                row.createCell(9).setCellValue(DOMAINS.get(code));
            }
            workbook.write(out);
        }
    }

    private static int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    public static void main(String[] args) throws IOException {
        write(RuleTesting.CHECKER.catalog().formMapping(CaiqReader.FORM).orElseThrow(), FILE);
    }
}
