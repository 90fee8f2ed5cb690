package org.cyberprocure.cli.serve.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.Policy;
import org.cyberprocure.Waivers;
import org.cyberprocure.cli.serve.ServeContext;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Waiver;

/**
 * A lot's folder: {@code lot.json} (settings and offers), {@code policy.json} when the officer gave one,
 * {@code waivers.json} (a waiver file as {@code --waivers} reads it) and {@code offers/<n>/} with each uploaded
 * file under a cleaned name. A saved lot's folder is therefore also usable on the command line
 * ({@code cyberprocure compare <lot>/offers --policy <lot>/policy.json --waivers <lot>/waivers.json}).
 */
final class LotFiles {
    static final String INDEX = "lot.json";
    static final String POLICY = "policy.json";
    static final String WAIVERS = "waivers.json";
    static final String FORMAT = "cyberprocure-workbench-lot/1";
    private static final int NAME_LIMIT = 80;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LotFiles() {
    }

    /** Stores an upload as {@code offers/<number>/<clean name>}; returns that path relative to the lot folder. */
    static String storeUpload(Path folder, int number, String name, byte[] content) throws IOException {
        String relative = "offers/" + number + "/" + cleanName(name);
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(folder)) {
            throw new IllegalArgumentException("bad file name: " + name);
        }
        Files.createDirectories(target.getParent());
        write(target, content);
        return relative;
    }

    /** A file name without path, control or other special characters, its extension kept, at most 80 characters. */
    static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints().forEach(c -> clean.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'
                || c == '_') ? (char) c : '_'));
        String result = clean.toString();
        if (result.length() > NAME_LIMIT) {
            int dot = result.lastIndexOf('.');
            String ext = dot > 0 && result.length() - dot <= 6 ? result.substring(dot) : "";
            result = result.substring(0, NAME_LIMIT - ext.length()) + ext;
        }
        return result.isEmpty() || result.startsWith(".") ? "upload" + result : result;
    }

    /** Writes a file whole or not at all (a temporary file moved into place). */
    static void write(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The lot's index, written after every change. */
    static void writeIndex(Lot lot) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("id", lot.id());
        Lot.Settings s = lot.settings();
        root.put("name", s.name());
        root.put("profile", s.profile().id());
        root.put("hospitalCountry", s.hospitalCountry());
        root.put("contractEnd", s.contractEnd() == null ? null : s.contractEnd().toString());
        root.put("policy", s.policyName());
        ArrayNode offers = root.putArray("offers");
        for (LotOffer o : lot.offers()) {
            ObjectNode offer = offers.addObject();
            offer.put("number", o.number());
            offer.put("name", o.name());
            offer.put("file", o.file());
            ArrayNode sboms = offer.putArray("sboms");
            o.sbomFiles().forEach(sboms::add);
        }
        write(lot.folder().resolve(INDEX), JSON.writeValueAsBytes(root));
    }

    /** A waiver file ({@code cyberprocure-waivers/1}) of the given waivers, as {@code --waivers} reads it. */
    static byte[] waiversJson(List<Waiver> waivers) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("waiversFormat", "cyberprocure-waivers/1");
        ArrayNode list = root.putArray("waivers");
        for (Waiver w : waivers) {
            ObjectNode node = list.addObject();
            node.put("id", w.id());
            node.put("requirement", w.requirementId());
            if (w.questionnaireId() != null) {
                node.put("questionnaireId", w.questionnaireId());
            }
            if (w.vendor() != null) {
                node.put("vendor", w.vendor());
            }
            if (w.product() != null) {
                node.put("product", w.product());
            }
            node.put("reason", w.reason());
            node.put("compensatingControl", w.compensatingControl());
            node.put("acceptedBy", w.acceptedBy());
            node.put("acceptedOn", w.acceptedOn().toString());
            node.put("expiresOn", w.expiresOn().toString());
        }
        return JSON.writeValueAsBytes(root);
    }

    /**
     * Reads a saved lot back and evaluates its offers again (with today's rule pack).
     *
     * @throws IOException            when the folder cannot be read
     * @throws ConfigurationException when its index, policy or waivers are not valid
     */
    static Lot read(Path folder, ComplianceChecker checker) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(folder.resolve(INDEX).toFile());
        } catch (IOException e) {
            throw new ConfigurationException("saved lot " + folder + ": " + INDEX + " cannot be read: " + e.getMessage());
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ConfigurationException("saved lot " + folder + ": " + INDEX + " is not a " + FORMAT + " file");
        }
        Profile profile = Profile.byId(root.path("profile").asText()).orElseThrow(() -> new ConfigurationException(
                "saved lot " + folder + ": unknown profile " + root.path("profile").asText()));
        String policyName = text(root, "policy");
        Policy policy = policyName == null ? Policy.defaults() : Policy.read(folder.resolve(POLICY));
        String contractEnd = text(root, "contractEnd");
        Lot.Settings settings = new Lot.Settings(root.path("name").asText(), profile, text(root, "hospitalCountry"),
                contractEnd == null ? null : LocalDate.parse(contractEnd), policyName);
        Lot lot = new Lot(folder.getFileName().toString(), settings, policy, checker, folder, true);
        if (Files.isRegularFile(folder.resolve(WAIVERS))) {
            lot.restoreWaivers(Waivers.read(folder.resolve(WAIVERS)));
        }
        for (JsonNode offer : root.path("offers")) {
            List<String> sboms = new ArrayList<>();
            offer.path("sboms").forEach(s -> sboms.add(inside(folder, s.asText())));
            lot.restore(offer.path("number").asInt(), offer.path("name").asText(),
                    inside(folder, offer.path("file").asText()), sboms);
        }
        return lot;
    }

    /** A relative path from an index, refused when it leaves the lot's folder. */
    private static String inside(Path folder, String relative) {
        if (!folder.resolve(relative).normalize().startsWith(folder)) {
            throw new ConfigurationException("saved lot " + folder + ": " + relative + " lies outside the lot");
        }
        return relative;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static void deleteOfferFiles(Path folder, LotOffer offer) {
        ServeContext.delete(folder.resolve(offer.file()).getParent());
    }

    /** Moves a folder to a new place (copying when the two lie on different file systems). */
    static void moveFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            copyFolder(from, to);
            ServeContext.delete(from);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
