package org.cyberprocure.model;

import java.util.List;
import java.util.Objects;

/**
 * A vendor's VEX document (Vulnerability Exploitability eXchange) handed in next to an SBOM: for known
 * vulnerabilities, whether the product is affected. Read by {@link org.cyberprocure.io.VexReader} from CycloneDX
 * (1.4 to 1.6, {@code vulnerabilities} with {@code analysis}) or CSAF 2.0 ({@code product_status}). It informs the
 * report; it does not change a verdict.
 *
 * @param source      the file it was read from
 * @param format      {@link #CYCLONEDX} or {@link #CSAF}
 * @param specVersion the format's version, e.g. {@code 1.6} or {@code 2.0}
 * @param id          the document's identity (CycloneDX serial number, CSAF tracking id), or empty
 * @param publisher   who issued it (CSAF publisher, CycloneDX metadata supplier, manufacturer or authors), or empty
 * @param issued      when (CSAF current release date, CycloneDX metadata timestamp), or empty
 * @param statements  one per vulnerability and status, in document order
 */
public record VexDocument(String source, String format, String specVersion, String id, String publisher,
                          String issued, List<Statement> statements) {
    /** The {@link #format()} of a CycloneDX VEX document. */
    public static final String CYCLONEDX = "CycloneDX VEX";
    /** The {@link #format()} of a CSAF 2.0 VEX (or advisory) document. */
    public static final String CSAF = "CSAF VEX";

    /** What the vendor declares about a vulnerability for some of its products. */
    public enum VexStatus {
        /**
         * The product is not affected (CycloneDX {@code not_affected}, {@code false_positive}; CSAF {@code
         * known_not_affected}).
         */
        NOT_AFFECTED,
        /**
         * A fix is available (CycloneDX {@code resolved}, {@code resolved_with_pedigree}; CSAF {@code fixed}, {@code
         * first_fixed}).
         */
        FIXED,
        /** Not yet known (CycloneDX {@code in_triage}; CSAF {@code under_investigation}). */
        UNDER_INVESTIGATION,
        /**
         * Affected (CycloneDX {@code exploitable} or no analysis; CSAF {@code known_affected}, {@code
         * first_affected}, {@code last_affected}).
         */
        AFFECTED
    }

    /**
     * One declaration.
     *
     * @param vulnerability the vulnerability id, e.g. {@code CVE-2021-44228}
     * @param status        what the vendor declares
     * @param products      the products or components it concerns (names, else references)
     * @param justification why (CycloneDX justification, CSAF flag label), or empty
     * @param detail        the vendor's explanation, impact statement or remediation, or empty
     */
    public record Statement(String vulnerability, VexStatus status, List<String> products, String justification,
                            String detail) {
        /**
         * Copies the product list; a missing justification or detail becomes empty text.
         *
         * @param vulnerability the vulnerability id, e.g. {@code CVE-2021-44228}
         * @param status        what the vendor declares
         * @param products      the products or components it concerns (names, else references)
         * @param justification why (CycloneDX justification, CSAF flag label), or empty
         * @param detail        the vendor's explanation, impact statement or remediation, or empty
         * @throws NullPointerException when {@code vulnerability}, {@code status} or {@code products} is {@code null}
         */
        public Statement {
            Objects.requireNonNull(vulnerability, "vulnerability");
            Objects.requireNonNull(status, "status");
            products = List.copyOf(products);
            justification = Objects.requireNonNullElse(justification, "");
            detail = Objects.requireNonNullElse(detail, "");
        }
    }

    /**
     * Copies the statements; a missing id, publisher or issue date becomes empty text.
     *
     * @param source      the file it was read from
     * @param format      {@link #CYCLONEDX} or {@link #CSAF}
     * @param specVersion the format's version, e.g. {@code 1.6} or {@code 2.0}
     * @param id          the document's identity (CycloneDX serial number, CSAF tracking id), or empty
     * @param publisher   who issued it (CSAF publisher, CycloneDX metadata supplier, manufacturer or authors), or
     *                    empty
     * @param issued      when (CSAF current release date, CycloneDX metadata timestamp), or empty
     * @param statements  one per vulnerability and status, in document order
     * @throws NullPointerException when {@code source}, {@code format}, {@code specVersion} or {@code statements} is
     *                              {@code null}
     */
    public VexDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(specVersion, "specVersion");
        id = Objects.requireNonNullElse(id, "");
        publisher = Objects.requireNonNullElse(publisher, "");
        issued = Objects.requireNonNullElse(issued, "");
        statements = List.copyOf(statements);
    }

    /**
     * {@return the statements with this status, in document order}
     *
     * @param status the VEX status
     */
    public List<Statement> statements(VexStatus status) {
        return statements.stream().filter(s -> s.status() == status).toList();
    }

    /**
     * e.g. {@code CSAF VEX 2.0 vex.json (3 statements)}.
     *
     * @return the format, file and number of statements, as one line
     */
    public String describe() {
        return format + " " + specVersion + " " + source + " (" + statements.size()
                + (statements.size() == 1 ? " statement)" : " statements)");
    }
}
