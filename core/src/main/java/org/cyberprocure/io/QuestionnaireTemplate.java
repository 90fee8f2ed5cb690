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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.i18n.Texts;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.ProductKind;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.report.ReportLabels;

/**
 * A blank questionnaire of one profile for a vendor to fill in: header fields holding placeholders in angle
 * brackets and every question of the profile present but unanswered, each explained. The file written
 * <em>is</em> a questionnaire: once filled in it is read, checked and evaluated as it stands, in JSON and in CSV.
 * Placeholders left in place are refused with their location, and the submission date is left for the vendor
 * (it becomes the date the evaluation reasons about, so no date is guessed for them).
 *
 * <p>The explanations are in the language of the template's {@link Texts}: instructions, placeholders, section
 * names, question texts, help, the evidence expected and the meaning of each answer code (e.g.
 * {@code yes (ja) | no (nein)}). Keys, question ids, the profile, the product kind and the answer codes the vendor
 * writes are the same in every language, so a filled German template reads and evaluates like an English one.
 *
 * <pre>{@code
 * QuestionnaireTemplate template = checker.template(Profile.MEDICAL_DEVICE, Locale.GERMAN);
 * try (OutputStream out = Files.newOutputStream(Path.of("fragebogen.csv"))) {
 *     template.writeCsv(out);
 * }
 * }</pre>
 */
public final class QuestionnaireTemplate {
    /** Instructions written at the top of an English CSV template (key {@code template.howto.csv}). */
    public static final String INSTRUCTIONS_CSV = Translations.labelsOnly().english().text("template.howto.csv");
    /** Instructions written into an English JSON template's {@code about} field (key {@code template.howto.json}). */
    public static final String INSTRUCTIONS_JSON = Translations.labelsOnly().english().text("template.howto.json");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Catalog catalog;
    private final Profile profile;
    private final Texts texts;
    private final ReportLabels labels;

    /** The English template of a profile's questions in a catalog; see {@code ComplianceChecker.template(Profile)}. */
    public QuestionnaireTemplate(Catalog catalog, Profile profile) {
        this(catalog, profile, catalog.translations().english());
    }

    /**
     * The template of a profile's questions explained in the language of the given texts, e.g.
     * {@code catalog.translations().texts(Locale.GERMAN)}, or texts with a language pack.
     *
     * @param texts the catalog's texts in one language ({@link Catalog#translations()}); a text the language lacks
     *              is written in English and counted by {@link Texts#fellBackToEnglish()}
     */
    public QuestionnaireTemplate(Catalog catalog, Profile profile, Texts texts) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.labels = ReportLabels.of(texts);
    }

    public Profile profile() {
        return profile;
    }

    /** The language the template is explained in. */
    public Locale locale() {
        return texts.locale();
    }

    /**
     * The questions, in the order the template lists them (by section, then bank order), their texts, help,
     * evidence expected and section in the template's language; ids, types and answer codes unchanged.
     */
    public List<Question> questions() {
        return bySection().values().stream().flatMap(List::stream).map(q -> labels.question(q)).toList();
    }

    /**
     * The header fields as the template writes them: a placeholder in angle brackets where the vendor must
     * write, the profile and product kind filled in.
     */
    public Map<String, String> headerFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        placeholders().forEach((field, value) -> fields.put(field.csvKey, value));
        return fields;
    }

    private Map<MetaField, String> placeholders() {
        Map<MetaField, String> values = new EnumMap<>(MetaField.class);
        values.put(MetaField.ID, texts.text("template.placeholder.id"));
        values.put(MetaField.PROFILE, profile.id());
        values.put(MetaField.SUBMITTED, texts.text("template.placeholder.submitted"));
        values.put(MetaField.VENDOR_NAME, texts.text("template.placeholder.vendorName"));
        values.put(MetaField.VENDOR_COUNTRY, texts.text("template.placeholder.vendorCountry"));
        values.put(MetaField.VENDOR_CONTACT, texts.text("template.placeholder.vendorContact"));
        values.put(MetaField.PRODUCT_NAME, texts.text("template.placeholder.productName"));
        values.put(MetaField.PRODUCT_VERSION, texts.text("template.placeholder.productVersion"));
        values.put(MetaField.PRODUCT_KIND, (profile == Profile.MEDICAL_DEVICE ? ProductKind.MEDICAL_DEVICE
                : ProductKind.CLOUD_SERVICE).name());
        return values;
    }

    /** Writes the CSV template (UTF-8 with a byte order mark, which spreadsheets need and the reader skips). */
    public void writeCsv(OutputStream out) {
        try {
            out.write(UTF8_BOM);
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            csv.printRecord(CsvQuestionnaireParser.KEY, CsvQuestionnaireParser.VALUE, CsvQuestionnaireParser.COMMENT,
                    CsvQuestionnaireParser.EVIDENCE);
            for (Map.Entry<MetaField, String> field : placeholders().entrySet()) {
                csv.printRecord(field.getKey().csvKey, field.getValue(), "", "");
            }
            csv.printRecord("", "", texts.text("template.howto.csv"), "");
            for (Map.Entry<String, List<Question>> section : bySection().entrySet()) {
                csv.printRecord("", "", texts.text("template.section", labels.section(section.getKey())), "");
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

    /** Writes the JSON template: a questionnaire whose answers all have an empty value and an explanation. */
    public void writeJson(OutputStream out) {
        ObjectNode root = JsonMappers.TRUSTED.createObjectNode();
        root.put("schemaVersion", "1");
        root.put("about", texts.text("template.howto.json") + " " + texts.text("template.catalog", catalog.version()));
        placeholders().forEach((field, value) -> {
            String[] path = field.jsonPointer.substring(1).split("/");
            ObjectNode parent = path.length == 1 ? root : root.withObjectProperty(path[0]);
            parent.put(path[path.length - 1], value);
        });
        ArrayNode answers = root.putArray("answers");
        for (List<Question> section : bySection().values()) {
            for (Question q : section) {
                ObjectNode answer = answers.addObject();
                answer.put("question", q.id());
                answer.put("value", "");
                answer.put("about", labels.section(q.section()) + ". " + explanation(q));
            }
        }
        try {
            out.write(JsonMappers.TRUSTED.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The explanation of a question in the template's language, e.g. in English
     * {@code REMOTE-MFA (mandatory): Is every remote access ...? Answer: yes | no. Evidence expected: ...}, in German
     * {@code REMOTE-MFA (Pflichtfrage): Ist jeder Fernzugriff ...? Antwort: yes (ja) | no (nein). ...}.
     */
    public String explanation(Question q) {
        Question shown = labels.question(q);
        StringBuilder text = new StringBuilder(texts.text(q.mandatory() ? "template.question.mandatory"
                : "template.question", q.id(), shown.text(), String.join(" | ", acceptedValues(q))));
        if (!shown.evidenceExpected().isEmpty()) {
            text.append(' ').append(texts.text("template.evidence", shown.evidenceExpected()));
        }
        if (!shown.help().isEmpty()) {
            text.append(' ').append(shown.help());
        }
        return text.toString();
    }

    /**
     * What a vendor may write for a question, explained in the template's language; see
     * {@link ReportLabels#acceptedValues(Question)}.
     */
    public List<String> acceptedValues(Question q) {
        return labels.acceptedValues(q);
    }

    private Map<String, List<Question>> bySection() {
        Map<String, List<Question>> sections = new LinkedHashMap<>();
        for (Question q : catalog.questions(profile)) {
            sections.computeIfAbsent(q.section(), s -> new ArrayList<>()).add(q);
        }
        return sections;
    }
}
