package org.cyberprocure;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Questionnaire;

/**
 * What an evaluation reasons about besides the answers. Rules never read the wall clock: "today" is
 * {@link #asOf()}.
 *
 * @param asOf            the date to evaluate at; {@code null} means the questionnaire's submission date
 * @param contractEnd     the end of the planned contract term, or {@code null} when unknown
 * @param policy          the hospital's scoring policy
 * @param hospitalCountry the hospital's Member State (ISO 3166-1 alpha-2, upper case), which decides national
 *                        schemes such as HDS (FR) or C5 (DE); {@code null} means the policy's, or unknown
 * @param waivers         the hospital's accepted risks; those in force on the as-of date for this offer apply
 */
public record EvaluationContext(LocalDate asOf, LocalDate contractEnd, Policy policy, String hospitalCountry,
                                Waivers waivers) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * Checks the components; see the type description for their meaning.
     *
     * @param asOf            the date to evaluate at; {@code null} means the questionnaire's submission date
     * @param contractEnd     the end of the planned contract term, or {@code null} when unknown
     * @param policy          the hospital's scoring policy
     * @param hospitalCountry the hospital's Member State (ISO 3166-1 alpha-2, upper case), which decides national
     *                        schemes such as HDS (FR) or C5 (DE); {@code null} means the policy's, or unknown
     * @param waivers         the hospital's accepted risks; those in force on the as-of date for this offer apply
     */
    public EvaluationContext {
        Objects.requireNonNull(policy, "policy");
        hospitalCountry = country(hospitalCountry);
        waivers = waivers == null ? Waivers.none() : waivers;
    }

    /**
     * Without waivers.
     *
     * @param asOf            the date to evaluate at; {@code null} means the questionnaire's submission date
     * @param contractEnd     the end of the planned contract term, or {@code null} when unknown
     * @param policy          the hospital's scoring policy
     * @param hospitalCountry the hospital's Member State (ISO 3166-1 alpha-2, upper case), which decides national
     *                        schemes such as HDS (FR) or C5 (DE); {@code null} means the policy's, or unknown
     */
    public EvaluationContext(LocalDate asOf, LocalDate contractEnd, Policy policy, String hospitalCountry) {
        this(asOf, contractEnd, policy, hospitalCountry, null);
    }

    /**
     * Without a hospital country of its own: the policy's applies.
     *
     * @param asOf        the date to evaluate at; {@code null} means the questionnaire's submission date
     * @param contractEnd the end of the planned contract term, or {@code null} when unknown
     * @param policy      the hospital's scoring policy
     */
    public EvaluationContext(LocalDate asOf, LocalDate contractEnd, Policy policy) {
        this(asOf, contractEnd, policy, null);
    }

    /**
     * With the default policy.
     *
     * @param asOf        the date to evaluate at; {@code null} means the questionnaire's submission date
     * @param contractEnd the end of the planned contract term, or {@code null} when unknown
     */
    public EvaluationContext(LocalDate asOf, LocalDate contractEnd) {
        this(asOf, contractEnd, Policy.defaults());
    }

    /**
     * {@return the default context: as of the submission date, no contract term, the default policy, no hospital
     * country}
     */
    public static EvaluationContext defaults() {
        return new EvaluationContext(null, null);
    }

    /**
     * {@return this context with another as-of date (the day the evaluation reasons about)}
     *
     * @param date the date the rules reason about (which laws apply, whether certificates are valid); not {@code
     *             null}
     */
    public EvaluationContext withAsOf(LocalDate date) {
        return new EvaluationContext(date, contractEnd, policy, hospitalCountry, waivers);
    }

    /**
     * {@return this context with the end of the planned contract term}
     *
     * @param date the last day of the planned contract, or {@code null} when no term is planned
     */
    public EvaluationContext withContractEnd(LocalDate date) {
        return new EvaluationContext(asOf, date, policy, hospitalCountry, waivers);
    }

    /**
     * {@return this context with another scoring policy}
     *
     * @param newPolicy the scoring policy to apply; not {@code null}
     */
    public EvaluationContext withPolicy(Policy newPolicy) {
        return new EvaluationContext(asOf, contractEnd, newPolicy, hospitalCountry, waivers);
    }

    /**
     * {@return this context with the hospital's Member State}
     *
     * @param country ISO 3166-1 alpha-2 code (any case), or {@code null} for the policy's
     * @throws IllegalArgumentException when it is not two letters
     */
    public EvaluationContext withHospitalCountry(String country) {
        return new EvaluationContext(asOf, contractEnd, policy, country, waivers);
    }

    /**
     * {@return this context with the hospital's accepted risks ({@link Waivers#none()} for none)}
     *
     * @param accepted the hospital's waivers; not {@code null}
     */
    public EvaluationContext withWaivers(Waivers accepted) {
        return new EvaluationContext(asOf, contractEnd, policy, hospitalCountry, accepted);
    }

    /**
     * {@return this context as the rules see it for a questionnaire: the as-of date fixed (the submission date when
     * none was given) and the hospital country falling back to the policy's}
     *
     * @param questionnaire the questionnaire about to be evaluated, whose submission date and header fill the gaps
     */
    public EvaluationContext resolveFor(Questionnaire questionnaire) {
        LocalDate date = asOf != null ? asOf : questionnaire.submitted();
        String country = hospitalCountry != null ? hospitalCountry : policy.hospitalCountry();
        return date == asOf && Objects.equals(country, hospitalCountry) ? this
                : new EvaluationContext(date, contractEnd, policy, country, waivers);
    }

    static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(upper).matches()) {
            throw new IllegalArgumentException("hospital country must be an ISO 3166-1 alpha-2 code such as DE or FR,"
                    + " not '" + SafeText.clean(code, 20) + "'");
        }
        return upper;
    }
}
