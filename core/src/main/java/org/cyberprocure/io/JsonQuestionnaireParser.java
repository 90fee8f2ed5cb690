package org.cyberprocure.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.JsonSchemas;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.SourceLocation;

/**
 * JSON questionnaires: strict, bounded parse; then fields the format does not define; then the published
 * schema; then the question bank. Problems of the last three steps are reported together.
 */
final class JsonQuestionnaireParser {
    static final String SCHEMA_RESOURCE = "/org/cyberprocure/schema/questionnaire-1.schema.json";
    private static final Schema SCHEMA = JsonSchemas.load(SCHEMA_RESOURCE);
    private static final KnownFields KNOWN_FIELDS = KnownFields.fromSchema(SCHEMA_RESOURCE);

    private JsonQuestionnaireParser() {
    }

    static ReadResult parse(Reader in, String source, Catalog catalog, ObjectMapper mapper, ReaderLimits limits,
                            QuestionnaireReader.UnknownFields unknownFields) throws IOException {
        JsonNode root = JsonTrees.readObject(in, source, mapper, "a questionnaire");
        JsonNode answers = root.path("answers");
        if (answers.isArray() && answers.size() > limits.maxAnswers()) {
            throw new InputRejectedException(Reason.TOO_LARGE, SourceLocation.jsonPointer(source, "/answers"),
                    "more than " + limits.maxAnswers() + " answers, the reader's limit");
        }
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (String pointer : KNOWN_FIELDS.removeUnknown(root)) {
            String name = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            boolean reject = unknownFields == QuestionnaireReader.UnknownFields.REJECT;
            (reject ? problems : warnings).add(new Problem(Reason.UNKNOWN_FIELD,
                    SourceLocation.jsonPointer(source, pointer), "unknown field '" + name + "'"
                    + (reject ? "; the format does not define it (a typo?)" : " ignored")));
        }
        for (Error error : SCHEMA.validate(root)) {
            problems.add(new Problem(Reason.SCHEMA_VIOLATION,
                    SourceLocation.jsonPointer(source, JsonSchemas.pointer(error)), error.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
        return new ReadResult(assemble((ObjectNode) root, source, catalog, limits), warnings);
    }

    private static org.cyberprocure.model.Questionnaire assemble(ObjectNode root, String source, Catalog catalog,
                                                                  ReaderLimits limits) {
        QuestionnaireAssembler assembler = new QuestionnaireAssembler(source, limits.maxAnswers());
        for (MetaField field : MetaField.values()) {
            JsonNode node = root.at(field.jsonPointer);
            if (!node.isMissingNode()) {
                assembler.field(field, node.asText(), SourceLocation.jsonPointer(source, field.jsonPointer));
            }
        }
        JsonNode answers = root.path("answers");
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i);
            List<String> evidence = new ArrayList<>();
            answer.path("evidence").forEach(e -> evidence.add(e.asText()));
            assembler.answer(new Answer(answer.path("question").asText(), answer.path("value").asText(),
                    answer.path("comment").asText(""), evidence,
                    SourceLocation.jsonPointer(source, "/answers/" + i)));
        }
        return assembler.build(catalog);
    }
}
