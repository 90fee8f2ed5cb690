package org.cyberprocure.cli.serve.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.Policy;
import org.cyberprocure.cli.serve.ServeContext;

/**
 * The workbench's lots. A new lot lives in the server's private temporary folder and is deleted with it (or when
 * the officer deletes it); a lot the officer saves moves to the folder given with {@code --lots} and is read back
 * on the next start. Without that folder nothing can be saved, and the pages say so.
 */
public final class Lots {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComplianceChecker checker;
    private final Path workFolder;
    private final Path savedFolder;
    private final Map<String, Lot> lots = new LinkedHashMap<>();
    private final List<String> loadProblems = new ArrayList<>();

    /**
     * @param checker     the server's one checker
     * @param workFolder  where unsaved lots live (the server's private temporary folder)
     * @param savedFolder where saved lots live, or {@code null} when lots cannot be saved
     */
    public Lots(ComplianceChecker checker, Path workFolder, Path savedFolder) {
        this.checker = checker;
        this.workFolder = workFolder;
        this.savedFolder = savedFolder;
    }

    /** Whether the officer can save lots (the server was given a folder for them). */
    public boolean canSave() {
        return savedFolder != null;
    }

    public Path savedFolder() {
        return savedFolder;
    }

    /**
     * Reads every saved lot from the saved folder (each sub-folder with a {@code lot.json}); a lot that cannot be
     * read is left on disk and named in {@link #loadProblems()}.
     */
    public synchronized void loadSaved() throws IOException {
        if (savedFolder == null || !Files.isDirectory(savedFolder)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(savedFolder, Files::isDirectory)) {
            List<Path> sorted = new ArrayList<>();
            folders.forEach(sorted::add);
            sorted.sort(null);
            for (Path folder : sorted) {
                if (!Files.isRegularFile(folder.resolve(LotFiles.INDEX))) {
                    continue;
                }
                try {
                    Lot lot = LotFiles.read(folder, checker);
                    lots.put(lot.id(), lot);
                } catch (ConfigurationException | IllegalArgumentException e) {
                    loadProblems.add(e.getMessage());
                }
            }
        }
    }

    /** Saved lots that could not be read at start, each with its reason. */
    public synchronized List<String> loadProblems() {
        return List.copyOf(loadProblems);
    }

    /**
     * Creates a lot in the temporary folder.
     *
     * @param policyFile the policy file's bytes, or {@code null} for the built-in policy
     * @throws ConfigurationException when the policy file is not valid (nothing is created)
     */
    public synchronized Lot create(Lot.Settings settings, byte[] policyFile) throws IOException {
        Policy policy = Policy.defaults();
        if (policyFile != null) {
            policy = Policy.read(new ByteArrayInputStream(policyFile), settings.policyName());
            policy.checkAgainst(checker.catalog());
        }
        String id = newId();
        Path folder = workFolder.resolve(id);
        Files.createDirectories(folder);
        if (policyFile != null) {
            LotFiles.write(folder.resolve(LotFiles.POLICY), policyFile);
        }
        Lot lot = new Lot(id, settings, policy, checker, folder, false);
        LotFiles.writeIndex(lot);
        lots.put(id, lot);
        return lot;
    }

    public synchronized Optional<Lot> find(String id) {
        return Optional.ofNullable(lots.get(id));
    }

    /** Every lot, oldest first. */
    public synchronized List<Lot> all() {
        return List.copyOf(lots.values());
    }

    /** Saves a lot: its folder moves to the saved folder, where every later change is written. */
    public synchronized void save(Lot lot) throws IOException {
        if (savedFolder == null) {
            throw new IllegalStateException("no folder for saved lots: start the server with --lots DIR");
        }
        if (!lot.saved()) {
            lot.moveTo(savedFolder.resolve(lot.id()));
        }
    }

    /** Deletes a lot and its files (a saved lot's folder too). */
    public synchronized void delete(Lot lot) throws IOException {
        lots.remove(lot.id());
        ServeContext.delete(lot.folder());
    }

    /** Deletes every unsaved lot's files: the server stops. */
    public synchronized void close() throws IOException {
        for (Lot lot : List.copyOf(lots.values())) {
            if (!lot.saved()) {
                delete(lot);
            }
        }
    }

    /** A random id: addresses of lots cannot be guessed from one another. */
    private String newId() {
        byte[] bytes = new byte[9];
        String id;
        do {
            RANDOM.nextBytes(bytes);
            id = "lot-" + HexFormat.of().formatHex(bytes);
        } while (lots.containsKey(id) || (savedFolder != null && Files.exists(savedFolder.resolve(id))));
        return id;
    }
}
