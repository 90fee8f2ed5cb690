package org.cyberprocure.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.io.QuestionnaireWriter;
import org.cyberprocure.model.Product;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.Vendor;

/**
 * Blank questionnaires for vendors. The header fields are written by {@link QuestionnaireWriter} with
 * placeholders in angle brackets; the questions follow, grouped by section.
 *
 * <p>CSV: before each question row (key = question id, value empty) comes a row with an empty key whose comment
 * cell explains the question; the reader ignores rows without key and value, so a template reads as is and
 * after it is filled in. JSON: the questionnaire schema admits no extra fields, so the template is a document
 * of its own: a {@code questionnaire} skeleton to fill in and send, and the {@code questions} that explain it.
 */
final class TemplateWriter {
    /** Identifies the JSON template document's format. */
    static final String JSON_FORMAT = "cyberprocure-template/1";
    static final String INSTRUCTIONS_CSV = "How to fill in: replace the values in <angle brackets> above. Write "
            + "each answer in the value column of the row whose key is the question id; rows with an empty key "
            + "only explain the question below them and are ignored. Name evidence documents in the evidence "
            + "column, separated by |. Leave the value empty to leave a question unanswered, and then its comment "
            + "and evidence too.";
    static final String INSTRUCTIONS_JSON = "Fill in 'questionnaire' and submit it on its own: replace the "
            + "values in <angle brackets> and add one entry {\"question\": id, \"value\": ..., \"comment\": ..., "
            + "\"evidence\": [...]} to 'answers' per question answered; 'questions' lists them all with the values "
            + "each accepts. Omit an answer to leave a question unanswered.";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Catalog catalog;
    private final Profile profile;
    private final LocalDate submitted;

    TemplateWriter(Catalog catalog, Profile profile, LocalDate submitted) {
        this.catalog = catalog;
        this.profile = profile;
        this.submitted = submitted;
    }

    /** The header fields with placeholders and no answers. */
    Questionnaire skeleton() {
        ProductKind kind = profile == Profile.MEDICAL_DEVICE ? ProductKind.MEDICAL_DEVICE : ProductKind.CLOUD_SERVICE;
        return new Questionnaire("<tender reference>", profile, submitted,
                new Vendor("<your company's legal name>", "", ""), new Product("<product or service name>", "", kind),
                List.of());
    }

    void writeCsv(OutputStream out) throws IOException {
        out.write(UTF8_BOM); // spreadsheets detect UTF-8 by it; the reader skips it
        QuestionnaireWriter.writeCsv(skeleton(), out);
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        csv.printRecord("", "", INSTRUCTIONS_CSV, "");
        for (Map.Entry<String, List<Question>> section : bySection().entrySet()) {
            csv.printRecord("", "", "Section: " + section.getKey(), "");
            for (Question q : section.getValue()) {
                csv.printRecord("", "", explanation(q), "");
                csv.printRecord(q.id(), "", "", "");
            }
        }
        csv.flush();
    }

    void writeJson(OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
        QuestionnaireWriter.writeJson(skeleton(), skeleton);
        ObjectNode root = json.createObjectNode();
        root.put("template", JSON_FORMAT);
        root.put("profile", profile.id());
        root.put("catalogVersion", catalog.version());
        root.put("instructions", INSTRUCTIONS_JSON);
        root.set("questionnaire", json.readTree(skeleton.toByteArray()));
        ArrayNode questions = root.putArray("questions");
        for (List<Question> section : bySection().values()) {
            for (Question q : section) {
                ObjectNode node = questions.addObject();
                node.put("id", q.id());
                node.put("section", q.section());
                node.put("text", q.text());
                node.put("type", q.type().name());
                q.acceptedValues().forEach(node.withArray("accepts")::add);
                node.put("mandatory", q.mandatory());
                node.put("evidenceExpected", q.evidenceExpected());
                node.put("help", q.help());
            }
        }
        out.write(json.writeValueAsBytes(root));
        out.write('\n');
    }

    /** e.g. {@code REMOTE-MFA (mandatory): Is every remote access ...? Answer: yes | no. Evidence expected: ...}. */
    static String explanation(Question q) {
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
            sections.computeIfAbsent(q.section(), s -> new java.util.ArrayList<>()).add(q);
        }
        return sections;
    }
}
