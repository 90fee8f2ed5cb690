package org.cyberprocure.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Questionnaire;

/** Writes questionnaires in the formats {@link QuestionnaireReader} reads; what one writes, the other reads. */
public final class QuestionnaireWriter {
    private QuestionnaireWriter() {
    }

    public static void writeJson(Questionnaire q, OutputStream out) {
        ObjectNode root = JsonMappers.TRUSTED.createObjectNode();
        root.put("schemaVersion", "1");
        root.put("id", q.id());
        root.put("profile", q.profile().id());
        root.put("submitted", q.submitted().toString());
        ObjectNode vendor = root.putObject("vendor");
        vendor.put("name", q.vendor().name());
        putIfPresent(vendor, "country", q.vendor().country());
        putIfPresent(vendor, "contact", q.vendor().contact());
        ObjectNode product = root.putObject("product");
        product.put("name", q.product().name());
        putIfPresent(product, "version", q.product().version());
        product.put("kind", q.product().kind().name());
        ArrayNode answers = root.putArray("answers");
        for (Answer a : q.answers()) {
            ObjectNode answer = answers.addObject();
            answer.put("question", a.questionId());
            answer.put("value", a.value());
            putIfPresent(answer, "comment", a.comment());
            if (a.hasEvidence()) {
                ArrayNode evidence = answer.putArray("evidence");
                a.evidence().forEach(evidence::add);
            }
        }
        try {
            JsonMappers.TRUSTED.writeValue(nonClosing(out), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeCsv(Questionnaire q, OutputStream out) {
        Writer writer = new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(CsvQuestionnaireParser.KEY, CsvQuestionnaireParser.VALUE, CsvQuestionnaireParser.COMMENT,
                    CsvQuestionnaireParser.EVIDENCE);
            csv.printRecord(MetaField.ID.csvKey, q.id(), "", "");
            csv.printRecord(MetaField.PROFILE.csvKey, q.profile().id(), "", "");
            csv.printRecord(MetaField.SUBMITTED.csvKey, q.submitted(), "", "");
            csv.printRecord(MetaField.VENDOR_NAME.csvKey, q.vendor().name(), "", "");
            csv.printRecord(MetaField.VENDOR_COUNTRY.csvKey, q.vendor().country(), "", "");
            csv.printRecord(MetaField.VENDOR_CONTACT.csvKey, q.vendor().contact(), "", "");
            csv.printRecord(MetaField.PRODUCT_NAME.csvKey, q.product().name(), "", "");
            csv.printRecord(MetaField.PRODUCT_VERSION.csvKey, q.product().version(), "", "");
            csv.printRecord(MetaField.PRODUCT_KIND.csvKey, q.product().kind().name(), "", "");
            for (Answer a : q.answers()) {
                csv.printRecord(a.questionId(), a.value(), a.comment(),
                        String.join(" " + CsvQuestionnaireParser.EVIDENCE_SEPARATOR + " ", a.evidence()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** Writers close what they wrap; the caller owns {@code out}. */
    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
