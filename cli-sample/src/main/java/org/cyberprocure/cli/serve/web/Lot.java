package org.cyberprocure.cli.serve.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.EvaluationContext;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.Policy;
import org.cyberprocure.Waivers;
import org.cyberprocure.cli.InputOptions;
import org.cyberprocure.model.Assessment;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Questionnaire;
import org.cyberprocure.model.SbomEvidence;
import org.cyberprocure.model.Waiver;
import org.cyberprocure.tender.Offer;

/**
 * A lot of a tender: its settings, the offers uploaded into it and the risks the hospital accepted, in one folder
 * (a private temporary one until the officer saves the lot). Every method is synchronized: the pages and a batch
 * upload may use a lot at the same time. Evaluation is the library's: this class only keeps files and results.
 */
public final class Lot {
    /** Upload file types the readers take: questionnaires and forms (.json, .csv, .xlsx). */
    static final List<String> OFFER_EXTENSIONS = List.of(".json", ".csv", ".xlsx");
    /** How uploads are read: as the command line reads files by default (the form tells its own header). */
    private static final InputOptions AUTO = InputOptions.of(InputOptions.InputFormat.AUTO, null, null, null, null,
            null, null, null);

    /**
     * What the officer set when creating the lot.
     *
     * @param name            the lot's name, e.g. "Lot 2: PACS archive"
     * @param profile         the profile every offer must have
     * @param hospitalCountry the hospital's Member State (two letters), or {@code null}
     * @param contractEnd     the end of the planned contract, or {@code null}
     * @param policyName      the name of the policy file the officer uploaded, or {@code null} for the built-in
     */
    public record Settings(String name, Profile profile, String hospitalCountry, LocalDate contractEnd,
                           String policyName) {
        public Settings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(profile, "profile");
        }
    }

    private final String id;
    private final Settings settings;
    private final Policy policy;
    private final ComplianceChecker checker;
    private Path folder;
    private boolean saved;
    private final List<LotOffer> offers = new ArrayList<>();
    private Waivers waivers = Waivers.none();
    private int nextNumber = 1;

    Lot(String id, Settings settings, Policy policy, ComplianceChecker checker, Path folder, boolean saved) {
        this.id = id;
        this.settings = settings;
        this.policy = policy;
        this.checker = checker;
        this.folder = folder;
        this.saved = saved;
    }

    public String id() {
        return id;
    }

    public Settings settings() {
        return settings;
    }

    public Policy policy() {
        return policy;
    }

    public synchronized boolean saved() {
        return saved;
    }

    synchronized Path folder() {
        return folder;
    }

    /** The offers in upload order. */
    public synchronized List<LotOffer> offers() {
        return List.copyOf(offers);
    }

    /** The offer with this number. */
    public synchronized Optional<LotOffer> offer(int number) {
        return offers.stream().filter(o -> o.number() == number).findFirst();
    }

    /** The hospital's accepted risks for this lot, in the order recorded. */
    public synchronized Waivers waivers() {
        return waivers;
    }

    /** The context every offer of the lot is evaluated in. */
    public synchronized EvaluationContext context() {
        return new EvaluationContext(null, settings.contractEnd(), policy, settings.hospitalCountry(), waivers);
    }

    /** The offers as the comparison takes them: evaluated, or refused with the reason. */
    public synchronized List<Offer> comparisonOffers() {
        return offers.stream().map(o -> o.evaluated() ? Offer.evaluated(o.name(), o.assessment())
                : o.refusal().unreadable() ? Offer.notRead(o.name(), o.refusal().summary())
                : Offer.invalid(o.name(), o.refusal().summary())).toList();
    }

    /**
     * Stores an uploaded offer and evaluates it. A file the readers refuse is kept in the lot with its problems, so
     * the officer sees what was wrong; nothing already in the lot changes.
     *
     * @param name    the uploaded file's name (its extension chooses the reader)
     * @param content the file's bytes
     * @return the offer as added
     * @throws IOException when the lot's folder cannot be written
     */
    public synchronized LotOffer addOffer(String name, byte[] content) throws IOException {
        int number = nextNumber++;
        String file = LotFiles.storeUpload(folder, number, name, content);
        LotOffer offer = evaluate(number, name, file, List.of());
        offers.add(offer);
        LotFiles.writeIndex(this);
        return offer;
    }

    /**
     * Attaches an SBOM as evidence to an evaluated offer and evaluates it again.
     *
     * @throws InputRejectedException when the SBOM is refused (nothing changes)
     */
    public synchronized LotOffer attachSbom(int number, String name, byte[] content) throws IOException {
        LotOffer offer = offer(number).filter(LotOffer::evaluated)
                .orElseThrow(() -> new IllegalArgumentException("no evaluated offer " + number + " in this lot"));
        String file = LotFiles.storeUpload(folder, number, "sbom-" + (offer.sbomFiles().size() + 1) + "-" + name,
                content);
        try {
            checker.sbomReader().read(folder.resolve(file)); // refused here, before the offer changes
        } catch (InputRejectedException e) {
            Files.deleteIfExists(folder.resolve(file));
            throw e;
        }
        List<String> sboms = new ArrayList<>(offer.sbomFiles());
        sboms.add(file);
        LotOffer again = evaluate(number, offer.name(), offer.file(), sboms);
        offers.set(offers.indexOf(offer), again);
        LotFiles.writeIndex(this);
        return again;
    }

    /** Removes an offer and its files. */
    public synchronized void removeOffer(int number) throws IOException {
        Optional<LotOffer> offer = offer(number);
        if (offer.isPresent()) {
            offers.remove(offer.get());
            LotFiles.deleteOfferFiles(folder, offer.get());
            LotFiles.writeIndex(this);
        }
    }

    /**
     * Records an accepted risk and evaluates every offer again with it. The waiver is checked as a waiver file is
     * (schema, unique id, dates): a {@link ConfigurationException} names what is wrong, and nothing changes.
     */
    public synchronized void addWaiver(Waiver waiver) throws IOException {
        List<Waiver> all = new ArrayList<>(waivers.waivers());
        all.add(waiver);
        setWaivers(all);
    }

    /** Withdraws an accepted risk and evaluates every offer again. */
    public synchronized void removeWaiver(String waiverId) throws IOException {
        setWaivers(waivers.waivers().stream().filter(w -> !w.id().equals(waiverId)).toList());
    }

    private void setWaivers(List<Waiver> list) throws IOException {
        byte[] json = LotFiles.waiversJson(list);
        Waivers checked = Waivers.read(new ByteArrayInputStream(json), "waivers"); // the file's own checks
        LotFiles.write(folder.resolve(LotFiles.WAIVERS), json);
        waivers = checked;
        reevaluate();
    }

    /** Evaluates every offer again in the lot's current context. */
    private void reevaluate() throws IOException {
        for (int i = 0; i < offers.size(); i++) {
            LotOffer o = offers.get(i);
            offers.set(i, evaluate(o.number(), o.name(), o.file(), o.sbomFiles()));
        }
        LotFiles.writeIndex(this);
    }

    /** Moves the lot's folder to where saved lots live; later changes are written there. */
    synchronized void moveTo(Path savedFolder) throws IOException {
        LotFiles.moveFolder(folder, savedFolder);
        folder = savedFolder;
        saved = true;
        LotFiles.writeIndex(this);
    }

    /** Restores an offer read back from a saved lot's index. */
    synchronized void restore(int number, String name, String file, List<String> sboms) {
        offers.add(evaluate(number, name, file, sboms));
        nextNumber = Math.max(nextNumber, number + 1);
    }

    synchronized void restoreWaivers(Waivers restored) {
        waivers = restored;
    }

    private LotOffer evaluate(int number, String name, String file, List<String> sboms) {
        try {
            Questionnaire questionnaire = read(checker, folder.resolve(file));
            for (String sbom : sboms) {
                SbomEvidence evidence = checker.sbomReader().read(folder.resolve(sbom));
                questionnaire = questionnaire.withSbom(evidence);
            }
            if (questionnaire.profile() != settings.profile()) {
                return new LotOffer(number, name, file, sboms, null, null, new LotOffer.Refusal("the offer is of "
                        + "profile " + questionnaire.profile().id() + "; this lot compares " + settings.profile().id()
                        + " offers", false, List.of()));
            }
            Assessment assessment = checker.evaluate(questionnaire, context());
            return new LotOffer(number, name, file, sboms, questionnaire, assessment, null);
        } catch (InputRejectedException e) {
            return new LotOffer(number, name, file, sboms, null, null, LotOffer.Refusal.of(e));
        }
    }

    /** Reads an upload as the command line reads a file with {@code --input-format auto}. */
    static Questionnaire read(ComplianceChecker checker, Path file) {
        return AUTO.read(checker, file);
    }

    /** Whether a file name has an extension the offer readers take. */
    static boolean offerName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return OFFER_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }
}
