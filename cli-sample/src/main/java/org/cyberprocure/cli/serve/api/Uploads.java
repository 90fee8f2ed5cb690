package org.cyberprocure.cli.serve.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberprocure.cli.serve.ServeContext;

/**
 * The files of a multipart request, written into the request's private folder under their own (cleaned) names, so
 * that the library's readers read them exactly as the command line reads files: with the same size limits, the
 * same bounded workbook stream and the same error locations (which name the file as the client sent it). Each file
 * gets a numbered sub-folder, so two uploads of one name do not collide. The caller deletes the folder.
 */
final class Uploads {
    /** How many files a field takes. */
    record Field(String name, int min, int max) {
    }

    private Uploads() {
    }

    /**
     * Saves the uploads of the request.
     *
     * @param fields the file fields the endpoint takes; any other file field is a 400
     * @return the saved files by field, in the order sent; every field of {@code fields} is present
     */
    static Map<String, List<Path>> save(Context ctx, ServeContext context, Path folder, List<Field> fields)
            throws IOException {
        if (!ctx.isMultipartFormData()) {
            throw new UnsupportedMediaType("send multipart/form-data with the files in the fields "
                    + String.join(", ", fields.stream().map(Field::name).toList()) + " (curl -F field=@file)");
        }
        Map<String, List<UploadedFile>> sent = ctx.uploadedFileMap();
        int count = sent.values().stream().mapToInt(List::size).sum();
        if (count > context.limits().maxFiles()) {
            throw new TooMany(count, context.limits().maxFiles());
        }
        Set<String> known = new java.util.LinkedHashSet<>(fields.stream().map(Field::name).toList());
        for (String name : sent.keySet()) {
            if (!known.contains(name)) {
                throw new BadRequestResponse("unknown file field '" + name + "'; this endpoint takes "
                        + String.join(", ", known));
            }
        }
        Map<String, List<Path>> saved = new LinkedHashMap<>();
        int n = 0;
        for (Field field : fields) {
            List<UploadedFile> files = sent.getOrDefault(field.name(), List.of());
            if (files.size() < field.min() || files.size() > field.max()) {
                throw new BadRequestResponse("field '" + field.name() + "' takes " + (field.min() == field.max()
                        ? "exactly " + field.min() : field.min() + " to " + field.max()) + " file"
                        + (field.max() == 1 ? "" : "s") + ", not " + files.size());
            }
            List<Path> paths = new java.util.ArrayList<>();
            for (UploadedFile file : files) {
                Path target = Files.createDirectory(folder.resolve(String.valueOf(++n))).resolve(cleanName(file
                        .filename(), field.name()));
                try (InputStream in = file.content()) {
                    Files.copy(in, target);
                }
                paths.add(target);
            }
            saved.put(field.name(), List.copyOf(paths));
        }
        return saved;
    }

    /**
     * The client's file name without folders, and with nothing but letters, digits, dot, dash, underscore and space:
     * it names the file in error locations and reports, and its extension chooses the reader.
     */
    static String cleanName(String fileName, String field) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").replaceAll("^[.\\s]+", "").strip();
        if (name.length() > 120) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 120 - extension.length()) + extension;
        }
        if (name.isEmpty()) {
            throw new BadRequestResponse("the file in field '" + field + "' has no file name; send one (its "
                    + "extension, .json, .csv or .xlsx, says how to read it)");
        }
        return name;
    }

    /** More files than the server takes in one request: 413. */
    static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int limit;

        TooMany(int count, int limit) {
            super(count + " files in one request; this server takes at most " + limit);
            this.limit = limit;
        }
    }

    /** Not a multipart request: 415. */
    static final class UnsupportedMediaType extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedMediaType(String message) {
            super(message);
        }
    }
}
