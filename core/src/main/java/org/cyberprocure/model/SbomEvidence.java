package org.cyberprocure.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;

/**
 * What a software bill of materials handed in with a questionnaire shows, as facts the SBOM rules decide on:
 * the elements that CRA Annex I Part II(1), BSI TR-03183-2 and the NTIA minimum elements expect of an SBOM
 * (see docs/inputs.md). Read by {@link org.cyberprocure.io.SbomReader}; a questionnaire carries it through
 * {@link Questionnaire#withSbom}.
 *
 * @param source         the file it was read from
 * @param format         the format, e.g. {@code CycloneDX}
 * @param specVersion    the format's specification version, e.g. {@code 1.6}
 * @param serialNumber   the SBOM's serial number (a {@code urn:uuid:}), or empty
 * @param subject        the product the SBOM describes ({@code metadata.component}: name and version), or empty
 * @param timestamp      when the SBOM was created ({@code metadata.timestamp}), or empty
 * @param authors        who wrote the SBOM (authors, manufacturer or supplier named in the metadata)
 * @param tools          the tools that generated it, e.g. {@code cdxgen 10.9.4}
 * @param componentCount the components listed, nested ones included (the described product itself excluded)
 * @param lacking        per component field, how many components lack it; fields no component lacks are absent
 * @param problems       what the SBOM lacks, one sentence each (empty for a complete SBOM)
 * @param formatWarnings values that break a {@code format} of the official schema (a malformed URL, an odd
 *                       date-time), each with its JSON pointer: reported, not refused (see {@code SbomReader})
 * @param problemMessages the problems as messages, one per problem, so a report writes them in its language (keys
 *                       {@code sbom.*} of the library's {@code inputs} bundle); a problem given as text only is
 *                       written as is. Not part of equality: the same SBOM read back from JSON is the same evidence
 */
public record SbomEvidence(String source, String format, String specVersion, String serialNumber, String subject,
                           String timestamp, List<String> authors, List<String> tools, int componentCount,
                           Map<ComponentField, Integer> lacking, List<String> problems,
                           List<String> formatWarnings, @JsonIgnore List<Message> problemMessages) {

    /** The {@link #format()} of a CycloneDX document. */
    public static final String CYCLONEDX = "CycloneDX";
    /** The {@link #format()} of an SPDX document. */
    public static final String SPDX = "SPDX";

    /** What every listed component should carry. */
    public enum ComponentField {
        /** A version string. */
        VERSION("a version"),
        /** Who supplies it: supplier, manufacturer, publisher or author. */
        SUPPLIER("a supplier"),
        /** An identifier that vulnerability databases know: package URL (purl), CPE or SWID tag id. */
        UNIQUE_ID("a unique identifier (purl, CPE or SWID tag)"),
        /** An entry in the dependencies section (which requires a bom-ref), even if it depends on nothing. */
        DEPENDENCIES("an entry in the dependencies section");

        private final String phrase;

        ComponentField(String phrase) {
            this.phrase = phrase;
        }

        /** How a sentence names it for a document of this format, as a message (keys {@code sbom.field.*}). */
        public Message message(String format) {
            return Message.of(this == DEPENDENCIES && SPDX.equals(format) ? "sbom.field.DEPENDENCIES.SPDX"
                    : "sbom.field." + name());
        }

        /** How a sentence names it, e.g. {@code a supplier}. */
        public String phrase() {
            return phrase;
        }

        /** How a sentence names it for a document of this format: SPDX records dependencies as relationships. */
        public String phrase(String format) {
            return this == DEPENDENCIES && SPDX.equals(format)
                    ? "a relationship to the document or another package (DESCRIBES, CONTAINS, DEPENDS_ON, ...)"
                    : phrase;
        }
    }

    /** Checks the components and makes the lists immutable; see the type description for their meaning. */
    public SbomEvidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(specVersion, "specVersion");
        serialNumber = serialNumber == null ? "" : serialNumber;
        subject = subject == null ? "" : subject;
        timestamp = timestamp == null ? "" : timestamp;
        authors = List.copyOf(authors);
        tools = List.copyOf(tools);
        if (componentCount < 0) {
            throw new IllegalArgumentException("componentCount is negative");
        }
        EnumMap<ComponentField, Integer> counts = new EnumMap<>(ComponentField.class);
        lacking.forEach((field, count) -> {
            if (count < 0 || count > componentCount) {
                throw new IllegalArgumentException(field + ": " + count + " of " + componentCount + " components");
            }
            if (count > 0) {
                counts.put(field, count);
            }
        });
        lacking = Collections.unmodifiableMap(counts);
        problems = List.copyOf(problems);
        formatWarnings = formatWarnings == null ? List.of() : List.copyOf(formatWarnings);
        if (problemMessages == null || problemMessages.size() != problems.size()) {
            problemMessages = problems.stream().map(Texts::verbatim).toList();
        }
        problemMessages = List.copyOf(problemMessages);
    }

    /** Evidence whose problems are text only (not translatable). */
    public SbomEvidence(String source, String format, String specVersion, String serialNumber, String subject,
                        String timestamp, List<String> authors, List<String> tools, int componentCount,
                        Map<ComponentField, Integer> lacking, List<String> problems, List<String> formatWarnings) {
        this(source, format, specVersion, serialNumber, subject, timestamp, authors, tools, componentCount, lacking,
                problems, formatWarnings, null);
    }

    /** Evidence without format warnings. */
    public SbomEvidence(String source, String format, String specVersion, String serialNumber, String subject,
                        String timestamp, List<String> authors, List<String> tools, int componentCount,
                        Map<ComponentField, Integer> lacking, List<String> problems) {
        this(source, format, specVersion, serialNumber, subject, timestamp, authors, tools, componentCount, lacking,
                problems, List.of());
    }

    /** The same evidence with these format warnings. */
    public SbomEvidence withFormatWarnings(List<String> warnings) {
        return new SbomEvidence(source, format, specVersion, serialNumber, subject, timestamp, authors, tools,
                componentCount, lacking, problems, warnings, problemMessages);
    }

    /**
     * Evidence with the problems derived from the facts: one sentence per missing metadata element and per
     * component field that some components lack, plus the given extra problems (e.g. dangling references).
     */
    public static SbomEvidence of(String source, String format, String specVersion, String serialNumber,
                                  String subject, String timestamp, List<String> authors, List<String> tools,
                                  int componentCount, Map<ComponentField, Integer> lacking, List<Message> extra) {
        List<Message> problems = new ArrayList<>();
        if (componentCount == 0) {
            problems.add(Message.of("sbom.problem.noComponents"));
        }
        String formatKey = SPDX.equals(format) ? SPDX : CYCLONEDX;
        if (timestamp == null || timestamp.isBlank()) {
            problems.add(Message.of("sbom.problem.noTimestamp." + formatKey));
        }
        if (authors.isEmpty() && tools.isEmpty()) {
            problems.add(Message.of("sbom.problem.noCreator." + formatKey));
        }
        for (ComponentField field : ComponentField.values()) {
            int count = lacking.getOrDefault(field, 0);
            if (count > 0) {
                String key = count > 1 ? "many" : componentCount == 1 ? "oneOfOne" : "oneOfMany";
                problems.add(Message.of("sbom.problem.lacking." + key, count, componentCount, field.message(format)));
            }
        }
        problems.addAll(extra);
        Texts english = Translations.labelsOnly().english();
        return new SbomEvidence(source, format, specVersion, serialNumber, subject, timestamp, authors, tools,
                componentCount, lacking, problems.stream().map(english::format).toList(), List.of(), problems);
    }

    /**
     * A problem counted in one sentence, e.g. {@code sbom.problem.duplicateBomRef.one} or {@code .other} by the
     * count: {@code {0}} is the count, {@code {1}} an example.
     */
    public static Message countedProblem(String key, int count, String example) {
        return Message.of(key + (count == 1 ? ".one" : ".other"), count, example);
    }

    /** The problems as one message, for a rationale (a problem after the other); empty when there are none. */
    public Message gapsMessage() {
        Message joined = problemMessages.isEmpty() ? Texts.verbatim("") : problemMessages.get(problemMessages.size() - 1);
        for (int i = problemMessages.size() - 2; i >= 0; i--) {
            joined = Message.of("sbom.problems", problemMessages.get(i), joined);
        }
        return joined;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SbomEvidence e && source.equals(e.source) && format.equals(e.format)
                && specVersion.equals(e.specVersion) && serialNumber.equals(e.serialNumber) && subject.equals(e.subject)
                && timestamp.equals(e.timestamp) && authors.equals(e.authors) && tools.equals(e.tools)
                && componentCount == e.componentCount && lacking.equals(e.lacking) && problems.equals(e.problems)
                && formatWarnings.equals(e.formatWarnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, format, specVersion, serialNumber, subject, timestamp, authors, tools,
                componentCount, lacking, problems, formatWarnings);
    }

    /** Nothing is missing: every element checked is present. */
    public boolean complete() {
        return problems.isEmpty();
    }

    /** The SBOM lists at least one component. */
    public boolean listsComponents() {
        return componentCount > 0;
    }

    /** How many components lack a field. */
    public int lacking(ComponentField field) {
        return lacking.getOrDefault(field, 0);
    }

    /** e.g. {@code CycloneDX 1.6 SBOM sbom.json (InfuSafe 300 5.1, 42 components)}. */
    public String describe() {
        return format + " " + specVersion + " SBOM " + source + " ("
                + (subject.isEmpty() ? "" : subject + ", ")
                + componentCount + (componentCount == 1 ? " component" : " components") + ")";
    }

    /** {@link #describe()} as a message a report writes in its language (keys {@code sbom.describe.*}). */
    public Message message() {
        return Message.of(componentCount == 1 ? "sbom.describe.one" : "sbom.describe.other", format, specVersion,
                source, subject.isEmpty() ? "" : subject + ", ", componentCount);
    }

    /** The problems as one text, for a rationale. */
    public String gaps() {
        return String.join(" ", problems);
    }

    @Override
    public String toString() {
        return complete() ? describe() : describe() + ": " + gaps();
    }
}
