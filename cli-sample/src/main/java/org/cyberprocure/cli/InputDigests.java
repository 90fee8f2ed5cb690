package org.cyberprocure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of every input file of an evaluation (questionnaire or vendor form, SBOMs, VEX documents), by file
 * name, for the OSCAL results and the findings feed: a register entry can then be traced to the exact bytes
 * evaluated. Computed here from the files the command line read; an audit record of the library that carries
 * the digests can replace this.
 */
final class InputDigests {
    private InputDigests() {
    }

    static Map<String, String> of(Path questionnaire, List<Path> evidence) throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        digests.put(name(questionnaire), sha256(questionnaire));
        for (Path file : evidence) {
            digests.put(name(file), sha256(file));
        }
        return digests;
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
