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
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
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

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Catalog catalog;
    private final Profile profile;
    private final LocalDate submitted;
    private final Texts texts;

    /** @param texts the language of the explanations; question ids, keys and accepted codes stay as they are */
    TemplateWriter(Catalog catalog, Profile profile, LocalDate submitted, Texts texts) {
        this.catalog = catalog;
        this.profile = profile;
        this.submitted = submitted;
        this.texts = texts;
    }

    TemplateWriter(Catalog catalog, Profile profile, LocalDate submitted) {
        this(catalog, profile, submitted, catalog.translations().english());
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
        csv.printRecord("", "", texts.text("template.instructions.csv"), "");
        for (Map.Entry<String, List<Question>> section : bySection().entrySet()) {
            csv.printRecord("", "", texts.text("template.section", section(section.getKey())), "");
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
        root.put("instructions", texts.text("template.instructions.json"));
        root.set("questionnaire", json.readTree(skeleton.toByteArray()));
        ArrayNode questions = root.putArray("questions");
        for (List<Question> section : bySection().values()) {
            for (Question q : section) {
                ObjectNode node = questions.addObject();
                node.put("id", q.id());
                node.put("section", section(q.section()));
                node.put("text", text(q, "text", q.text()));
                node.put("type", q.type().name());
                q.acceptedValues().forEach(node.withArray("accepts")::add);
                if (!english()) { // the codes stay the vendor's to write; their labels say what they mean
                    ObjectNode labels = node.putObject("acceptedLabels");
                    q.acceptedValues().forEach(v -> labels.put(v, texts.valueLabel(v)));
                }
                node.put("mandatory", q.mandatory());
                node.put("evidenceExpected", text(q, "evidence", q.evidenceExpected()));
                node.put("help", text(q, "help", q.help()));
            }
        }
        out.write(json.writeValueAsBytes(root));
        out.write('\n');
    }

    /**
     * e.g. {@code REMOTE-MFA (mandatory): Is every remote access ...? Answer: yes | no. Evidence expected: ...}; in
     * another language each accepted code is followed by its label, e.g. {@code yes (ja) | no (nein)}.
     */
    String explanation(Question q) {
        String accepted = q.acceptedValues().stream().map(this::accepted).collect(Collectors.joining(" | "));
        StringBuilder text = new StringBuilder(texts.text(q.mandatory() ? "template.question.mandatory"
                : "template.question", q.id(), text(q, "text", q.text()), accepted));
        if (!q.evidenceExpected().isEmpty()) {
            text.append(' ').append(texts.text("template.evidence", text(q, "evidence", q.evidenceExpected())));
        }
        if (!q.help().isEmpty()) {
            text.append(' ').append(text(q, "help", q.help()));
        }
        return text.toString();
    }

    private String accepted(String code) {
        String label = texts.valueLabel(code);
        return english() || label.equals(code) ? code : code + " (" + label + ")";
    }

    private String text(Question q, String field, String english) {
        return texts.textOr("q." + q.id() + "." + field, english);
    }

    private String section(String name) {
        return texts.textOr("section." + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", ""), name);
    }

    private boolean english() {
        return texts.locale().getLanguage().equals("en");
    }

    private Map<String, List<Question>> bySection() {
        Map<String, List<Question>> sections = new LinkedHashMap<>();
        for (Question q : catalog.questions(profile)) {
            sections.computeIfAbsent(q.section(), s -> new java.util.ArrayList<>()).add(q);
        }
        return sections;
    }
}
