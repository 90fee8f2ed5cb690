package org.cyberprocure.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.InputRejectedException.Reason;
import org.cyberprocure.model.Message;
import org.cyberprocure.model.SourceLocation;

/** A strict, bounded parse of untrusted JSON into a tree; every failure is a located rejection. */
final class JsonTrees {
    private JsonTrees() {
    }

    /**
     * The JSON object in the input.
     *
     * @param what what the object is, for the message when the value is not an object (e.g. "a questionnaire")
     */
    static JsonNode readObject(Reader in, String source, ObjectMapper mapper, Message what) throws IOException {
        JsonNode root;
        JsonParser parser = mapper.createParser(in);
        try (parser) {
            root = mapper.readTree(parser);
        } catch (StreamConstraintsException e) {
            // Some limits are checked outside the parser and carry no location: then it is where the parser is.
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new InputRejectedException(Reason.TOO_LARGE, location(source, where), e.getOriginalMessage());
        } catch (JacksonException e) {
            if (ReadRejection.in(e).isPresent()) {
                throw ReadRejection.in(e).get();
            }
            throw InputRejectedException.of(Reason.MALFORMED_JSON, location(source, e.getLocation()),
                    "problem.json.syntax", withoutQuotedInput(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw InputRejectedException.of(Reason.UNREADABLE, SourceLocation.of(source), "problem.json.noValue");
        }
        if (!root.isObject()) {
            throw InputRejectedException.of(Reason.SCHEMA_VIOLATION, SourceLocation.jsonPointer(source, "/"),
                    "problem.json.notObject", what, root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return root;
    }

    /**
     * Jackson quotes a word it could not parse, up to 256 characters: from a file that is no JSON at all (an
     * account list, a key) that would echo its content, so the word is left out; the location says where it is.
     */
    static String withoutQuotedInput(String message) {
        int start = message.indexOf("Unrecognized token '");
        int end = start < 0 ? -1 : message.indexOf("': ", start);
        return end < 0 ? message : message.substring(0, start) + "Unrecognized text" + message.substring(end + 1);
    }

    private static SourceLocation location(String source, JsonLocation location) {
        if (location == null) {
            return SourceLocation.of(source);
        }
        return new SourceLocation(source, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()),
                "");
    }
}
