package org.cyberprocure.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.JsonMappers;
import org.cyberprocure.internal.JsonSchemas;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SourceLocation;

/** JSON questionnaires: strict parse, then the published schema, then the question bank. */
final class JsonQuestionnaireParser {
    static final String SCHEMA_RESOURCE = "/org/cyberprocure/schema/questionnaire-1.schema.json";
    private static final Schema SCHEMA = JsonSchemas.load(SCHEMA_RESOURCE);

    private JsonQuestionnaireParser() {
    }

    static Questionnaire parse(byte[] content, String source, Catalog catalog) {
        JsonNode root;
        try {
            root = JsonMappers.UNTRUSTED.readTree(content);
        } catch (StreamConstraintsException e) {
            throw new InputRejectedException(Reason.TOO_LARGE, location(source, e.getLocation()),
                    e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new InputRejectedException(Reason.MALFORMED_JSON, location(source, e.getLocation()),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source), e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new InputRejectedException(Reason.UNREADABLE, SourceLocation.of(source), "the file is empty");
        }
        List<Error> errors = SCHEMA.validate(root);
        if (!errors.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            for (Error error : errors) {
                problems.add(new Problem(Reason.SCHEMA_VIOLATION,
                        SourceLocation.jsonPointer(source, JsonSchemas.pointer(error)), error.getMessage()));
            }
            throw new InputRejectedException(problems);
        }
        return assemble(root, source, catalog);
    }

    private static Questionnaire assemble(JsonNode root, String source, Catalog catalog) {
        QuestionnaireAssembler assembler = new QuestionnaireAssembler(source);
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

    private static SourceLocation location(String source, JsonLocation location) {
        if (location == null) {
            return SourceLocation.of(source);
        }
        return new SourceLocation(source, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()),
                "");
    }
}
