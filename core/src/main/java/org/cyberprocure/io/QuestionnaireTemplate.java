package org.cyberprocure.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;

/**
 * A blank questionnaire of one profile for a vendor to fill in: header fields holding placeholders in angle
 * brackets and every question of the profile present but unanswered, each explained. The file written
 * <em>is</em> a questionnaire: once filled in it is read, checked and evaluated as it stands, in JSON and in CSV.
 * Placeholders left in place are refused with their location, and the submission date is left for the vendor
 * (it becomes the date the evaluation reasons about, so no date is guessed for them).
 *
 * <pre>{@code
 * QuestionnaireTemplate template = checker.template(Profile.MEDICAL_DEVICE);
 * try (OutputStream out = Files.newOutputStream(Path.of("questionnaire.csv"))) {
 *     template.writeCsv(out);
 * }
 * }</pre>
 */
public final class QuestionnaireTemplate {
    /** Instructions written at the top of a CSV template. */
    public static final String INSTRUCTIONS_CSV = "How to fill in: replace every value in <angle brackets> above "
            + "(leave vendor.country, vendor.contact and product.version empty if they do not apply; "
            + "questionnaire.submitted is the date you submit, YYYY-MM-DD). Write each answer in the value column of "
            + "the row whose key is the question id; rows with an empty key only explain the question below them "
            + "and are ignored. Name evidence documents in the evidence column, separated by |. Leave the value "
            + "empty to leave a question unanswered, and then its comment and evidence too.";
    /** Instructions written into a JSON template's {@code about} field. */
    public static final String INSTRUCTIONS_JSON = "How to fill in: replace every value in <angle brackets> (remove "
            + "vendor.country, vendor.contact or product.version if they do not apply; 'submitted' is the date you "
            + "submit, YYYY-MM-DD). Give each answer as the 'value' of its question: text as 'about' lists it, a "
            + "number for a number question, true or false for a yes/no question; add 'comment' and 'evidence' "
            + "(a list of document references) where useful. An empty value leaves a question unanswered. The "
            + "'about' texts are ignored when the file is read.";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Catalog catalog;
    private final Profile profile;

    /**
     * The template of a profile's questions in a catalog; see {@code ComplianceChecker.template(Profile)}.
     *
     * @param catalog the rule pack's catalog
     * @param profile the profile whose questions the template lists
     */
    public QuestionnaireTemplate(Catalog catalog, Profile profile) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** {@return the profile whose questions the template lists} */
    public Profile profile() {
        return profile;
    }

    /** {@return the questions, in the order the template lists them: by section, then bank order} */
    public List<Question> questions() {
        return bySection().values().stream().flatMap(List::stream).toList();
    }

    /**
     * {@return the header fields as the template writes them: a placeholder in angle brackets where the vendor must
     * write, the profile and product kind filled in}
     */
    public Map<String, String> headerFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        placeholders().forEach((field, value) -> fields.put(field.csvKey, value));
        return fields;
    }

    private Map<MetaField, String> placeholders() {
        Map<MetaField, String> values = new EnumMap<>(MetaField.class);
        values.put(MetaField.ID, "<tender reference>");
        values.put(MetaField.PROFILE, profile.id());
        values.put(MetaField.SUBMITTED, "<YYYY-MM-DD, the date you submit>");
        values.put(MetaField.VENDOR_NAME, "<your company's legal name>");
        values.put(MetaField.VENDOR_COUNTRY, "<country of your registered office, ISO code such as DE>");
        values.put(MetaField.VENDOR_CONTACT, "<name and e-mail address for questions>");
        values.put(MetaField.PRODUCT_NAME, "<product or service name>");
        values.put(MetaField.PRODUCT_VERSION, "<version offered>");
        values.put(MetaField.PRODUCT_KIND, (profile == Profile.MEDICAL_DEVICE ? ProductKind.MEDICAL_DEVICE
                : ProductKind.CLOUD_SERVICE).name());
        return values;
    }

    /**
     * Writes the CSV template (UTF-8 with a byte order mark, which spreadsheets need and the reader skips).
     *
     * @param out the stream to write to; not closed
     */
    public void writeCsv(OutputStream out) {
        try {
            out.write(UTF8_BOM);
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            csv.printRecord(CsvQuestionnaireParser.KEY, CsvQuestionnaireParser.VALUE, CsvQuestionnaireParser.COMMENT,
                    CsvQuestionnaireParser.EVIDENCE);
            for (Map.Entry<MetaField, String> field : placeholders().entrySet()) {
                csv.printRecord(field.getKey().csvKey, field.getValue(), "", "");
            }
            csv.printRecord("", "", INSTRUCTIONS_CSV, "");
            for (Map.Entry<String, List<Question>> section : bySection().entrySet()) {
                csv.printRecord("", "", "Section: " + section.getKey(), "");
                for (Question q : section.getValue()) {
                    csv.printRecord("", "", explanation(q), "");
                    csv.printRecord(q.id(), "", "", "");
                }
            }
            csv.flush(); // not closed: the caller owns out
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the JSON template: a questionnaire whose answers all have an empty value and an explanation.
     *
     * @param out the stream to write to; not closed
     */
    public void writeJson(OutputStream out) {
        ObjectNode root = JsonMappers.TRUSTED.createObjectNode();
        root.put("schemaVersion", "1");
        root.put("about", INSTRUCTIONS_JSON + " Catalog " + catalog.version() + ".");
        placeholders().forEach((field, value) -> {
            String[] path = field.jsonPointer.substring(1).split("/");
            ObjectNode parent = path.length == 1 ? root : root.withObjectProperty(path[0]);
            parent.put(path[path.length - 1], value);
        });
        ArrayNode answers = root.putArray("answers");
        for (Question q : questions()) {
            ObjectNode answer = answers.addObject();
            answer.put("question", q.id());
            answer.put("value", "");
            answer.put("about", q.section() + ". " + explanation(q));
        }
        try {
            out.write(JsonMappers.TRUSTED.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * e.g. {@code REMOTE-MFA (mandatory): Is every remote access ...? Answer: yes | no. Evidence expected: ...}.
     *
     * @param q a question of the bank
     * @return one line that tells a vendor what the question asks and which values and evidence it accepts
     */
    public static String explanation(Question q) {
        StringBuilder text = new StringBuilder(q.id()).append(q.mandatory() ? " (mandatory): " : ": ")
                .append(q.text()).append(" Answer: ").append(String.join(" | ", q.acceptedValues())).append('.');
        if (!q.evidenceExpected().isEmpty()) {
            text.append(" Evidence expected: ").append(q.evidenceExpected()).append('.');
        }
        if (!q.help().isEmpty()) {
            text.append(' ').append(q.help());
        }
        return text.toString();
    }

    private Map<String, List<Question>> bySection() {
        Map<String, List<Question>> sections = new LinkedHashMap<>();
        for (Question q : catalog.questions(profile)) {
            sections.computeIfAbsent(q.section(), s -> new ArrayList<>()).add(q);
        }
        return sections;
    }
}
