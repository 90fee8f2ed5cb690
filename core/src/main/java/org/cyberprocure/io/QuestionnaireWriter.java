package org.cyberprocure.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.internal.SafeText;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Questionnaire;

/** Writes questionnaires in the formats {@link QuestionnaireReader} reads; what one writes, the other reads. */
public final class QuestionnaireWriter {
    private QuestionnaireWriter() {
    }

    /**
     * Writes a questionnaire in the JSON format the reader reads (schema version 1), UTF-8.
     *
     * @param q the questionnaire
     * @param out the stream to write to; not closed
     */
    public static void writeJson(Questionnaire q, OutputStream out) {
        ObjectNode root = JsonMappers.TRUSTED.createObjectNode();
        root.put("schemaVersion", "1");
        for (MetaField field : MetaField.values()) {
            String[] path = field.jsonPointer.substring(1).split("/"); // "/id" or "/vendor/name"
            ObjectNode parent = path.length == 1 ? root : root.withObjectProperty(path[0]);
            putIfPresent(parent, path[path.length - 1], field.read.apply(q));
        }
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
            out.write(JsonMappers.TRUSTED.writeValueAsBytes(root)); // leaves out open: the caller owns it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the CSV format. A spreadsheet may open it, so a cell that would run as a formula is quoted with a
     * leading {@code '}, which the reader removes again; control characters (which no reader accepts) are left
     * out.
     *
     * @param q the questionnaire
     * @param out the stream to write to; not closed
     */
    public static void writeCsv(Questionnaire q, OutputStream out) {
        try {
            // Flushed, not closed: the caller owns out.
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            csv.printRecord(CsvQuestionnaireParser.KEY, CsvQuestionnaireParser.VALUE, CsvQuestionnaireParser.COMMENT,
                    CsvQuestionnaireParser.EVIDENCE);
            for (MetaField field : MetaField.values()) {
                csv.printRecord(field.csvKey, SafeText.quoteCell(field.read.apply(q)), "", "");
            }
            for (Answer a : q.answers()) {
                csv.printRecord(SafeText.quoteCell(a.questionId()), SafeText.quoteCell(a.value()),
                        SafeText.quoteCell(a.comment()), SafeText.quoteCell(
                                String.join(" " + CsvQuestionnaireParser.EVIDENCE_SEPARATOR + " ", a.evidence())));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }
}
