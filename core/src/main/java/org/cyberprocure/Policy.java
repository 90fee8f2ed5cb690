package org.cyberprocure;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.JsonSchemas;
import org.cyberprocure.model.Finding;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Severity;
import org.cyberprocure.model.Status;

/**
 * How a hospital scores offers: weights, partial credit, the score below which an offer is rejected, and which
 * requirements are knock-out criteria. A policy is data (JSON, schema {@code policy-1.schema.json}); nothing in
 * it is compiled or executed. {@link #defaults()} is the documented default in {@code docs/policy.md}.
 *
 * @param name                      the policy's name, shown in reports
 * @param version                   the policy's version, shown in reports
 * @param severityWeights           weight of a requirement by severity
 * @param partialCredit             share of the weight earned by a partially met requirement (0–1)
 * @param rejectBelowScore          an overall score below this rejects the offer; {@code null}: no threshold
 * @param contradictionsBlockAccept when true, contradicting answers cap the decision at "accept with conditions"
 * @param addedKnockOuts            requirement ids that become knock-out criteria
 * @param removedKnockOuts          catalog knock-out criteria this policy does not apply
 * @param requirementWeights        weight overrides per requirement id
 * @param thresholds                the hospital's own standards as numbers (hours, days, months) that its
 *                                  hospital-standard rows apply, by key; keys it leaves out keep the default
 * @param hospitalCountry           the hospital's Member State (ISO 3166-1 alpha-2), or {@code null}; an
 *                                  {@link EvaluationContext} may name another
 * @param acceptedRiskCredit        share of the weight a gap accepted under a waiver earns (0–1); {@code null}: the
 *                                  credit of its original status, so a waiver changes the decision, not the score
 * @param waiveBindingKnockOuts     whether a waiver may accept a knock-out of binding law (default false: such a
 *                                  waiver is ignored and reported)
 */
public record Policy(String name, String version, Map<Severity, Integer> severityWeights, double partialCredit,
                     Double rejectBelowScore, boolean contradictionsBlockAccept, Set<String> addedKnockOuts,
                     Set<String> removedKnockOuts, Map<String, Integer> requirementWeights,
                     Map<String, Integer> thresholds, String hospitalCountry, Double acceptedRiskCredit,
                     boolean waiveBindingKnockOuts) {

    static final String SCHEMA_RESOURCE = "/org/cyberprocure/schema/policy-1.schema.json";
    private static final String DEFAULT_RESOURCE = "/org/cyberprocure/policy/default-policy.json";
    private static final int MAX_BYTES = 1024 * 1024;
    private static final Policy DEFAULT = loadDefault();

    /**
     * Checks the components and makes the lists immutable; see the type description for their meaning.
     *
     * @param name                      the policy's name, shown in reports
     * @param version                   the policy's version, shown in reports
     * @param severityWeights           weight of a requirement by severity
     * @param partialCredit             share of the weight earned by a partially met requirement (0–1)
     * @param rejectBelowScore          an overall score below this rejects the offer; {@code null}: no threshold
     * @param contradictionsBlockAccept when true, contradicting answers cap the decision at "accept with conditions"
     * @param addedKnockOuts            requirement ids that become knock-out criteria
     * @param removedKnockOuts          catalog knock-out criteria this policy does not apply
     * @param requirementWeights        weight overrides per requirement id
     * @param thresholds                the hospital's own standards as numbers (hours, days, months) that its
     *                                  hospital-standard rows apply, by key; keys it leaves out keep the default
     * @param hospitalCountry           the hospital's Member State (ISO 3166-1 alpha-2), or {@code null}; an {@link
     *                                  EvaluationContext} may name another
     * @param acceptedRiskCredit        share of the weight a gap accepted under a waiver earns (0–1); {@code null}:
     *                                  the credit of its original status, so a waiver changes the decision, not the
     *                                  score
     * @param waiveBindingKnockOuts     whether a waiver may accept a knock-out of binding law (default false: such a
     *                                  waiver is ignored and reported)
     */
    public Policy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        EnumMap<Severity, Integer> weights = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            weights.put(s, severityWeights == null ? s.weight() : severityWeights.getOrDefault(s, s.weight()));
        }
        severityWeights = Map.copyOf(weights);
        if (partialCredit < 0 || partialCredit > 1) {
            throw new IllegalArgumentException("partialCredit must be between 0 and 1");
        }
        addedKnockOuts = addedKnockOuts == null ? Set.of() : Set.copyOf(addedKnockOuts);
        removedKnockOuts = removedKnockOuts == null ? Set.of() : Set.copyOf(removedKnockOuts);
        requirementWeights = requirementWeights == null ? Map.of() : Map.copyOf(requirementWeights);
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        hospitalCountry = EvaluationContext.country(hospitalCountry);
        if (acceptedRiskCredit != null && (acceptedRiskCredit < 0 || acceptedRiskCredit > 1)) {
            throw new IllegalArgumentException("acceptedRiskCredit must be between 0 and 1");
        }
    }

    /**
     * Without a policy on accepted risks: a waived gap keeps its credit, binding knock-outs cannot be waived.
     *
     * @param name                      the policy's name, shown in reports
     * @param version                   the policy's version, shown in reports
     * @param severityWeights           weight of a requirement by severity
     * @param partialCredit             share of the weight earned by a partially met requirement (0–1)
     * @param rejectBelowScore          an overall score below this rejects the offer; {@code null}: no threshold
     * @param contradictionsBlockAccept when true, contradicting answers cap the decision at "accept with conditions"
     * @param addedKnockOuts            requirement ids that become knock-out criteria
     * @param removedKnockOuts          catalog knock-out criteria this policy does not apply
     * @param requirementWeights        weight overrides per requirement id
     * @param thresholds                the hospital's own standards as numbers (hours, days, months) that its
     *                                  hospital-standard rows apply, by key; keys it leaves out keep the default
     * @param hospitalCountry           the hospital's Member State (ISO 3166-1 alpha-2), or {@code null}; an {@link
     *                                  EvaluationContext} may name another
     */
    public Policy(String name, String version, Map<Severity, Integer> severityWeights, double partialCredit,
                  Double rejectBelowScore, boolean contradictionsBlockAccept, Set<String> addedKnockOuts,
                  Set<String> removedKnockOuts, Map<String, Integer> requirementWeights,
                  Map<String, Integer> thresholds, String hospitalCountry) {
        this(name, version, severityWeights, partialCredit, rejectBelowScore, contradictionsBlockAccept,
                addedKnockOuts, removedKnockOuts, requirementWeights, thresholds, hospitalCountry, null, false);
    }

    /**
     * Without thresholds of its own (the defaults apply) and without a hospital country.
     *
     * @param name                      the policy's name, shown in reports
     * @param version                   the policy's version, shown in reports
     * @param severityWeights           weight of a requirement by severity
     * @param partialCredit             share of the weight earned by a partially met requirement (0–1)
     * @param rejectBelowScore          an overall score below this rejects the offer; {@code null}: no threshold
     * @param contradictionsBlockAccept when true, contradicting answers cap the decision at "accept with conditions"
     * @param addedKnockOuts            requirement ids that become knock-out criteria
     * @param removedKnockOuts          catalog knock-out criteria this policy does not apply
     * @param requirementWeights        weight overrides per requirement id
     */
    public Policy(String name, String version, Map<Severity, Integer> severityWeights, double partialCredit,
                  Double rejectBelowScore, boolean contradictionsBlockAccept, Set<String> addedKnockOuts,
                  Set<String> removedKnockOuts, Map<String, Integer> requirementWeights) {
        this(name, version, severityWeights, partialCredit, rejectBelowScore, contradictionsBlockAccept,
                addedKnockOuts, removedKnockOuts, requirementWeights, Map.of(), null);
    }

    /** {@return the default policy shipped with the library} */
    public static Policy defaults() {
        return DEFAULT;
    }

    /**
     * Reads a policy file.
     *
     * @param file a policy JSON file (see {@code docs/policy.md})
     * @return the policy, checked against its schema
     * @throws ConfigurationException when the file cannot be read or breaks the policy schema; the message names
     *                                the file and the JSON pointer of every problem
     */
    public static Policy read(Path file) {
        Objects.requireNonNull(file, "file");
        return JsonSchemas.readFile(file, "policy", MAX_BYTES, Policy::read);
    }

    /**
     * Reads a policy from a stream; {@code source} names it in error messages.
     *
     * @param in the policy JSON
     * @param source the stream's name, as shown in error messages
     * @return the policy, checked against its schema
     */
    public static Policy read(InputStream in, String source) {
        JsonNode root = JsonSchemas.readChecked(in, source, "policy", SchemaHolder.SCHEMA, MAX_BYTES);
        EnumMap<Severity, Integer> weights = new EnumMap<>(Severity.class);
        root.path("severityWeights").properties()
                .forEach(e -> weights.put(Severity.valueOf(e.getKey()), e.getValue().intValue()));
        Map<String, Integer> requirementWeights = new LinkedHashMap<>();
        root.path("requirementWeights").properties()
                .forEach(e -> requirementWeights.put(e.getKey(), e.getValue().intValue()));
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        root.path("thresholds").properties().forEach(e -> thresholds.put(e.getKey(), e.getValue().intValue()));
        if (DEFAULT != null) { // null only while the default policy itself is read
            List<String> unknown = thresholds.keySet().stream()
                    .filter(k -> !DEFAULT.thresholds.containsKey(k)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new ConfigurationException("policy " + source + " sets thresholds no rule uses: "
                        + String.join(", ", unknown) + "; known thresholds are "
                        + String.join(", ", new TreeSet<>(DEFAULT.thresholds.keySet())));
            }
        }
        JsonNode threshold = root.path("rejectBelowScore");
        JsonNode country = root.path("hospitalCountry");
        JsonNode acceptedRisks = root.path("acceptedRisks");
        JsonNode riskCredit = acceptedRisks.path("credit");
        return new Policy(root.path("name").asText(), root.path("version").asText(), weights,
                root.path("partialCredit").asDouble(0.5),
                threshold.isNumber() ? threshold.doubleValue() : null,
                root.path("contradictionsBlockAccept").asBoolean(true),
                ids(root.path("knockOuts").path("add")), ids(root.path("knockOuts").path("remove")),
                requirementWeights, thresholds, country.isTextual() ? country.asText() : null,
                riskCredit.isNumber() ? riskCredit.doubleValue() : null,
                acceptedRisks.path("waiveBindingKnockOuts").asBoolean(false));
    }

    /**
     * {@return one of the hospital's own standards as a number (hours, days, months), as hospital-standard rows apply
     * it: this policy's value, else the default policy's}
     *
     * @param key the threshold's key, e.g. {@code breachNotificationHours}
     * @throws ConfigurationException when no policy defines the key (a rule pack asking for an unknown
     *                                threshold)
     */
    public int threshold(String key) {
        Integer own = thresholds.get(key);
        if (own != null) {
            return own;
        }
        Integer fallback = DEFAULT == null ? null : DEFAULT.thresholds.get(key);
        if (fallback == null) {
            throw new ConfigurationException("no policy threshold '" + key + "': the default policy defines "
                    + String.join(", ", new TreeSet<>(defaults().thresholds.keySet())));
        }
        return fallback;
    }

    /** {@return every threshold in force under this policy: the defaults, overridden by this policy's own} */
    public Map<String, Integer> effectiveThresholds() {
        Map<String, Integer> all = new TreeMap<>(DEFAULT == null ? Map.of() : DEFAULT.thresholds);
        all.putAll(thresholds);
        return all;
    }

    /**
     * {@return the scoring weight of a requirement under this policy}
     *
     * @param requirement a requirement of the catalog
     */
    public int weight(Requirement requirement) {
        return requirementWeights.getOrDefault(requirement.id(), severityWeights.get(requirement.severity()));
    }

    /**
     * {@return whether a requirement is a knock-out criterion under this policy}
     *
     * @param requirement a requirement of the catalog
     */
    public boolean isKnockOut(Requirement requirement) {
        return addedKnockOuts.contains(requirement.id())
                || requirement.knockOut() && !removedKnockOuts.contains(requirement.id());
    }

    /**
     * {@return the share of a requirement's weight a status earns ({@code NaN} for not applicable)}
     *
     * @param status the status a finding has
     */
    public double credit(Status status) {
        return status == Status.PARTIALLY_MET ? partialCredit : status.credit();
    }

    /**
     * {@return the share of its weight a finding earns: an accepted risk earns {@link #acceptedRiskCredit()}, if set}
     *
     * @param finding a finding of an assessment under this policy
     */
    public double credit(Finding finding) {
        if (finding.acceptedRisk() != null) {
            return acceptedRiskCredit != null ? acceptedRiskCredit : credit(finding.acceptedRisk().originalStatus());
        }
        return credit(finding.status());
    }

    /**
     * "name version", as shown in reports.
     *
     * @return this policy's name and version, e.g. {@code Default 3}; an assessment records it in {@code policy}
     */
    public String label() {
        return name + " " + version;
    }

    /**
     * Checks that every requirement id the policy names exists in the catalog.
     *
     * @param catalog the catalog of the rule pack the policy is to be used with
     * @throws ConfigurationException naming the unknown ids
     */
    public void checkAgainst(Catalog catalog) {
        List<String> unknown = new ArrayList<>();
        Stream.of(addedKnockOuts, removedKnockOuts, requirementWeights.keySet())
                .flatMap(Set::stream)
                .filter(id -> catalog.requirement(id).isEmpty())
                .sorted()
                .forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new ConfigurationException("policy " + label() + " names requirements that catalog "
                    + catalog.version() + " does not contain: " + String.join(", ", new LinkedHashSet<>(unknown)));
        }
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new LinkedHashSet<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static Policy loadDefault() {
        try (InputStream in = Policy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException("default policy missing from the class path");
            }
            return read(in, "default policy");
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the default policy", e);
        }
    }

    /** Holds the schema apart, so it is loaded before the default policy is read during class init. */
    private static final class SchemaHolder {
        static final Schema SCHEMA = JsonSchemas.load(SCHEMA_RESOURCE);
    }
}
