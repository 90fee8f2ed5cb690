package org.cyberprocure.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Problem;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.internal.JsonSchemas;
import org.cyberprocure.internal.QuestionnaireValidator;
import org.cyberprocure.model.Answer;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.SourceLocation;

/**
 * JSON questionnaires: strict, bounded parse; then fields the format does not define; then the published
 * schema; then the question bank. Problems of the last three steps are reported together, in reading order.
 */
final class JsonQuestionnaireParser {
    static final String SCHEMA_RESOURCE = "/org/cyberprocure/schema/questionnaire-1.schema.json";
    private static final Schema SCHEMA = JsonSchemas.load(SCHEMA_RESOURCE);
    private static final KnownFields KNOWN_FIELDS = KnownFields.fromSchema(SCHEMA_RESOURCE);
    private static final Pattern ANSWER = Pattern.compile("/answers/([0-9]{1,9})(/|$)");

    private JsonQuestionnaireParser() {
    }

    static ReadResult parse(Reader in, String source, Catalog catalog, ObjectMapper mapper, ReaderLimits limits,
                            QuestionnaireReader.UnknownFields unknownFields) throws IOException {
        JsonNode root = JsonTrees.readObject(in, source, mapper, Message.of("problem.json.what.questionnaire"));
        JsonNode answers = root.path("answers");
        if (answers.isArray() && answers.size() > limits.maxAnswers()) {
            throw InputRejectedException.of(Reason.TOO_LARGE, SourceLocation.jsonPointer(source, "/answers"),
                    "problem.tooManyAnswers", limits.maxAnswers());
        }
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (String pointer : KNOWN_FIELDS.removeUnknown(root)) {
            String name = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            boolean reject = unknownFields == QuestionnaireReader.UnknownFields.REJECT;
            (reject ? problems : warnings).add(Problem.of(Reason.UNKNOWN_FIELD,
                    SourceLocation.jsonPointer(source, pointer), reject ? "problem.json.unknownField"
                            : "problem.json.unknownFieldIgnored", name, answerOf(root, pointer, catalog)));
        }
        Set<String> placeholders = placeholderPointers(root);
        Set<Integer> brokenAnswers = new HashSet<>();
        boolean brokenHeader = false;
        for (Error error : SCHEMA.validate(root)) {
            String pointer = JsonSchemas.pointer(error);
            if (placeholders.contains(pointer)) {
                continue; // reported in words by the assembler: "still holds the template's placeholder"
            }
            Matcher answer = ANSWER.matcher(pointer);
            Object answerOf = "";
            if (answer.lookingAt()) {
                brokenAnswers.add(Integer.parseInt(answer.group(1)));
                answerOf = answerOf(root, pointer, catalog);
            } else {
                brokenHeader = true;
            }
            Message text = Message.of("problem.schema", JsonSchemas.message(error), answerOf);
            problems.add(new Problem(Reason.SCHEMA_VIOLATION, SourceLocation.jsonPointer(source, pointer),
                    error.getMessage() + (answerOf instanceof Message m ? JsonSchemas.english(m) : ""), text));
        }
        // Format and value problems in one round: the answers the schema accepts are checked against the
        // question bank too, and everything is reported together in reading order.
        try {
            org.cyberprocure.model.Questionnaire questionnaire = assemble((ObjectNode) root, source, catalog, limits,
                    brokenAnswers, problems);
            if (problems.isEmpty()) {
                return new ReadResult(questionnaire, warnings);
            }
        } catch (InputRejectedException e) {
            for (Problem p : e.problems()) {
                // A header field the schema already faulted would be reported twice (missing, wrong form).
                boolean repeatsSchema = brokenHeader && !p.location().pointer().startsWith("/answers/");
                if (!repeatsSchema) {
                    problems.add(p);
                }
            }
        }
        throw new InputRejectedException(problems.stream().distinct()
                .sorted(Comparator.comparingInt((Problem p) -> documentRank(p.location().pointer()))
                        .thenComparing(Problem::location, SourceLocation.readingOrder())).toList());
    }

    /** The whole document first, then header fields in the order a questionnaire lists them, then answers. */
    private static int documentRank(String pointer) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return -1;
        }
        for (MetaField field : MetaField.values()) {
            if (pointer.equals(field.jsonPointer) || pointer.startsWith(field.jsonPointer + "/")
                    || field.jsonPointer.startsWith(pointer + "/")) {
                return field.ordinal();
            }
        }
        return MetaField.values().length + (pointer.startsWith("/answers") ? 1 : 0);
    }

    private static JsonNode emptyArray() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    /** Header fields that still hold a template placeholder. */
    private static Set<String> placeholderPointers(JsonNode root) {
        Set<String> pointers = new HashSet<>();
        for (MetaField field : MetaField.values()) {
            JsonNode node = root.at(field.jsonPointer);
            if (node.isTextual() && QuestionnaireAssembler.isPlaceholder(node.asText())) {
                pointers.add(field.jsonPointer);
            }
        }
        return pointers;
    }

    /** {@code " (the answer to ENC-REST (“Is …?”))"} for a pointer into an answer, else empty. */
    /** Which question's answer a pointer is in, as {@code problem.answerOf}; empty when none. */
    private static Object answerOf(JsonNode root, String pointer, Catalog catalog) {
        Matcher answer = ANSWER.matcher(pointer);
        if (!answer.lookingAt()) {
            return "";
        }
        String id = root.path("answers").path(Integer.parseInt(answer.group(1))).path("question").asText("");
        return id.isEmpty() ? "" : Message.of("problem.answerOf", catalog.question(id)
                .<Object>map(QuestionnaireValidator::namedMessage).orElse(id));
    }

    private static org.cyberprocure.model.Questionnaire assemble(ObjectNode root, String source, Catalog catalog,
                                                                  ReaderLimits limits, Set<Integer> skipped,
                                                                  List<Problem> problems) {
        QuestionnaireAssembler assembler = new QuestionnaireAssembler(source, limits.maxAnswers());
        for (MetaField field : MetaField.values()) {
            JsonNode node = root.at(field.jsonPointer);
            if (!node.isMissingNode()) {
                assembler.field(field, node.asText(), SourceLocation.jsonPointer(source, field.jsonPointer));
            }
        }
        JsonNode answers = root.path("answers").isArray() ? root.path("answers") : emptyArray();
        for (int i = 0; i < answers.size(); i++) {
            if (skipped.contains(i)) {
                continue;
            }
            JsonNode answer = answers.get(i);
            String question = answer.path("question").asText();
            SourceLocation location = SourceLocation.jsonPointer(source, "/answers/" + i);
            List<String> evidence = new ArrayList<>();
            answer.path("evidence").forEach(e -> evidence.add(e.asText()));
            String comment = answer.path("comment").asText("");
            Optional<String> value = value(answer.path("value"), catalog.question(question),
                    SourceLocation.jsonPointer(source, "/answers/" + i + "/value"), problems);
            if (value.isEmpty()) {
                continue;
            }
            if (value.get().isBlank()) {
                if (!comment.isBlank() || !evidence.isEmpty()) {
                    assembler.problem(Reason.INVALID_VALUE, location, "problem.answer.commentWithoutValue", question);
                }
                continue; // a question left unanswered, as in a blank template
            }
            assembler.answer(new Answer(question, value.get(), comment, evidence, location));
        }
        return assembler.build(catalog);
    }

    /**
     * The answer's text: a JSON number where the question takes a number, true/false where it takes yes/no;
     * empty (and a problem recorded) when the JSON type does not fit the question.
     */
    private static Optional<String> value(JsonNode node, Optional<Question> question, SourceLocation location,
                                          List<Problem> problems) {
        if (node.isNull() || node.isMissingNode()) {
            return Optional.of("");
        }
        if (node.isTextual() || question.isEmpty()) {
            return Optional.of(node.asText());
        }
        Question q = question.get();
        boolean yesNo = q.type() == AnswerType.YES_NO || q.type() == AnswerType.YES_NO_PARTIAL;
        if (node.isBoolean() && yesNo) {
            return Optional.of(node.booleanValue() ? "yes" : "no");
        }
        if (node.isNumber() && q.type() == AnswerType.NUMBER) {
            return Optional.of(node.decimalValue().toPlainString());
        }
        problems.add(Problem.of(Reason.INVALID_VALUE, location, "problem.answer.notText",
                Message.of(node.isBoolean() ? "problem.answer.boolean" : "problem.answer.number"),
                QuestionnaireValidator.namedMessage(q), String.join(", ", q.acceptedValues())));
        return Optional.empty();
    }
}
