package org.cyberprocure.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.Policy;
import org.cyberprocure.Waivers;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SbomEvidence;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** What an evaluation reasons about besides the answers, and when a decision should fail the run. */
final class EvaluationOptions {

    /** Decisions that can fail a run, from the strictest trigger to the most lenient. */
    enum FailOn {
        /** Only a rejection fails the run. */
        REJECT,
        /** A rejection or an incomplete submission. */
        INCOMPLETE,
        /** Anything but a plain accept. */
        CONDITIONS;

        boolean triggeredBy(Decision decision) {
            return switch (this) {
                case REJECT -> decision == Decision.REJECT;
                case INCOMPLETE -> decision == Decision.REJECT || decision == Decision.INCOMPLETE;
                case CONDITIONS -> decision != Decision.ACCEPT;
            };
        }
    }

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Evaluate as of this date (YYYY-MM-DD); default: the questionnaire's submission date.")
    LocalDate asOf;

    @Option(names = "--contract-end", paramLabel = "DATE",
            description = "End of the planned contract term (YYYY-MM-DD); support and certificates must reach it.")
    LocalDate contractEnd;

    @Option(names = "--hospital-country", paramLabel = "CC", converter = CountryConverter.class,
            description = "The hospital's Member State (ISO 3166-1 alpha-2, e.g. DE, FR): decides national schemes "
                    + "such as C5 (DE) or HDS (FR). Default: the policy's hospitalCountry, else unknown.")
    String hospitalCountry;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The hospital's scoring policy (JSON, see docs/policy.md); default: the built-in policy.")
    Path policyFile;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "The hospital's accepted risks (JSON, see docs/policy.md#accepted-risks): a waiver in force on "
                    + "the as-of date turns the gap it names into RISK_ACCEPTED; expired or mismatched ones are "
                    + "reported and ignored.")
    Path waiversFile;

    @Option(names = "--sbom", paramLabel = "FILE",
            description = "A CycloneDX JSON SBOM (specification 1.4 to 1.6) of the evaluated product, as evidence for "
                    + "the SBOM requirements; repeat for several. Needs exactly one questionnaire: an SBOM describes "
                    + "one product.")
    List<Path> sbomFiles = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 4 when a decision reaches LEVEL: reject, incomplete (or reject), conditions "
                    + "(anything but ACCEPT). Default: a decision never changes the exit code.")
    FailOn failOn;

    /** The policy given, or the built-in one; a bad file raises a ConfigurationException (exit code 2). */
    Policy policy() {
        if (policyFile == null) {
            return Policy.defaults();
        }
        if (!Files.isRegularFile(policyFile)) {
            throw new ConfigurationException("policy file not found: " + policyFile);
        }
        return Policy.read(policyFile);
    }

    /** The questionnaire with the SBOMs as evidence. */
    static Questionnaire withSboms(Questionnaire questionnaire, List<SbomEvidence> sboms) {
        Questionnaire with = questionnaire;
        for (SbomEvidence sbom : sboms) {
            with = with.withSbom(sbom);
        }
        return with;
    }

    /** The waivers given, or none; a bad file raises a ConfigurationException (exit code 2). */
    Waivers waivers() {
        if (waiversFile == null) {
            return Waivers.none();
        }
        if (!Files.isRegularFile(waiversFile)) {
            throw new ConfigurationException("waiver file not found: " + waiversFile);
        }
        return Waivers.read(waiversFile);
    }

    EvaluationContext context() {
        return new EvaluationContext(asOf, contractEnd, policy(), hospitalCountry, waivers());
    }

    /** Two letters, any case; anything else is a usage error that names the option. */
    static final class CountryConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return EvaluationContext.defaults().withHospitalCountry(value).hospitalCountry();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    boolean fails(Decision decision) {
        return failOn != null && failOn.triggeredBy(decision);
    }
}
