package org.cyberprocure.cli.serve.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.InputRejectedException;
import org.cyberprocure.Waivers;
import org.cyberprocure.model.Decision;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Status;
import org.cyberprocure.model.Waiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lot's life: created in the work folder, offers evaluated or refused, risks accepted, saved, read back, deleted. */
class LotsTest {
    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    static ComplianceChecker checker;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        checker = ComplianceChecker.load();
    }

    @Test
    void aLotKeepsItsOffersAcceptedRisksAndFilesUntilSavedAndIsReadBack() throws IOException {
        Lots lots = new Lots(checker, temp.resolve("work"), temp.resolve("saved"));
        Lot lot = lots.create(new Lot.Settings("PACS", Profile.CLOUD_MIGRATION, "DE", LocalDate.of(2031, 12, 31),
                null), null);
        LotOffer kuva = lot.addOffer("kuvapilvi.json", bytes("lot-pacs/kuvapilvi.json"));
        LotOffer pump = lot.addOffer("medical-device.json", bytes("medical-device.json"));
        LotOffer broken = lot.addOffer("../../broken.json", "{\"id\":".getBytes(StandardCharsets.UTF_8));
        assertThat(kuva.evaluated()).isTrue();
        assertThat(kuva.assessment().contractEnd()).isEqualTo(LocalDate.of(2031, 12, 31));
        assertThat(kuva.assessment().hospitalCountry()).isEqualTo("DE");
        assertThat(pump.refusal().summary()).contains("medical-device", "cloud-migration");
        assertThat(broken.refusal().problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo(InputRejectedException.Reason.MALFORMED_JSON));
        // The upload's name never chooses where it is stored.
        assertThat(broken.file()).isEqualTo("offers/3/broken.json");
        assertThat(temp.resolve("work").resolve(lot.id()).resolve("offers/3/broken.json")).isRegularFile();

        String gap = kuva.assessment().findings().stream().filter(f -> f.status().isGap() && !f.knockOut())
                .findFirst().orElseThrow().requirementId();
        lot.addWaiver(new Waiver("W-1", gap, kuva.assessment().questionnaireId(), null, null, "no alternative",
                "quarterly review", "A. Nowak, CISO", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1)));
        assertThat(lot.offer(1).orElseThrow().assessment().finding(gap).status()).isEqualTo(Status.RISK_ACCEPTED);
        assertThatThrownBy(() -> lot.addWaiver(new Waiver("W-1", gap, "x", null, null, "r", "c", "b",
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1)))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("W-1");
        assertThat(lot.waivers().waivers()).hasSize(1);

        lots.save(lot);
        Path saved = temp.resolve("saved").resolve(lot.id());
        assertThat(saved.resolve("lot.json")).isRegularFile();
        assertThat(temp.resolve("work").resolve(lot.id())).doesNotExist();
        // The saved waivers are a waiver file as the command line's --waivers reads it.
        assertThat(Waivers.read(saved.resolve("waivers.json")).waivers()).hasSize(1);
        lot.removeOffer(2);
        assertThat(saved.resolve("offers/2")).doesNotExist();

        Lots again = new Lots(checker, temp.resolve("work2"), temp.resolve("saved"));
        again.loadSaved();
        Lot read = again.find(lot.id()).orElseThrow();
        assertThat(read.saved()).isTrue();
        assertThat(read.settings()).isEqualTo(lot.settings());
        assertThat(read.offers()).extracting(LotOffer::number, LotOffer::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "kuvapilvi.json"),
                        org.assertj.core.groups.Tuple.tuple(3, "../../broken.json"));
        assertThat(read.offer(1).orElseThrow().assessment().finding(gap).status()).isEqualTo(Status.RISK_ACCEPTED);
        assertThat(read.offer(1).orElseThrow().assessment().decision()).isEqualTo(kuva.assessment().decision());
        assertThat(read.addOffer("radiomed.json", bytes("lot-pacs/radiomed.json")).number()).isEqualTo(4);

        again.delete(read);
        assertThat(saved).doesNotExist();
    }

    @Test
    void unsavedLotsAreDeletedWhenTheServerStopsAndBadInputChangesNothing() throws IOException {
        Lots lots = new Lots(checker, temp.resolve("work"), null);
        assertThat(lots.canSave()).isFalse();
        assertThatThrownBy(() -> lots.create(new Lot.Settings("x", Profile.CLOUD_MIGRATION, null, null, "p.json"),
                "{\"name\": 1}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("p.json");
        assertThat(lots.all()).isEmpty();
        Lot lot = lots.create(new Lot.Settings("x", Profile.MEDICAL_DEVICE, null, null, null), null);
        LotOffer pump = lot.addOffer("medical-device.json", bytes("medical-device.json"));
        assertThat(pump.assessment().decision()).isEqualTo(Decision.ACCEPT_WITH_CONDITIONS);
        assertThatThrownBy(() -> lot.attachSbom(1, "sbom.json", "[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputRejectedException.class);
        assertThat(lot.offer(1).orElseThrow().sbomFiles()).isEmpty();
        LotOffer withSbom = lot.attachSbom(1, "sbom.cdx.json", bytes("sbom/sbom-infusafe-5.1.cdx.json"));
        assertThat(withSbom.assessment().sboms()).hasSize(1);
        assertThatThrownBy(() -> lots.save(lot)).isInstanceOf(IllegalStateException.class);
        Path folder = lot.folder();
        lots.close();
        assertThat(folder).doesNotExist();
    }

    @Test
    void vendorFormWorkbooksAreReadAsTheCommandLineReadsThem() throws IOException {
        Lots lots = new Lots(checker, temp.resolve("work"), null);
        Lot cloud = lots.create(new Lot.Settings("cloud", Profile.CLOUD_MIGRATION, null, null, null), null);
        LotOffer caiq = cloud.addOffer("eu-health-cloud-caiq.xlsx", bytes("eu-health-cloud-caiq.xlsx"));
        assertThat(caiq.assessment().forms()).singleElement().satisfies(f -> assertThat(f.form()).isEqualTo("CAIQ"));
        assertThat(caiq.assessment().decision()).isEqualTo(Decision.INCOMPLETE);
        Lot devices = lots.create(new Lot.Settings("devices", Profile.MEDICAL_DEVICE, null, null, null), null);
        LotOffer mds2 = devices.addOffer("infusion-pump-mds2.csv", bytes("infusion-pump-mds2.csv"));
        assertThat(mds2.assessment().forms()).singleElement().satisfies(f -> assertThat(f.form()).isEqualTo("MDS2"));
    }

    @Test
    void cleanNamesKeepTheExtensionAndNothingElseOfAPath() {
        assertThat(LotFiles.cleanName("..\\..\\etc/passwd")).isEqualTo("passwd");
        assertThat(LotFiles.cleanName("..")).isEqualTo("upload..");
        assertThat(LotFiles.cleanName("Angebot Łódź (v2).xlsx")).isEqualTo("Angebot___d___v2_.xlsx");
        assertThat(LotFiles.cleanName("a".repeat(200) + ".json")).hasSize(80).endsWith(".json");
    }

    private static byte[] bytes(String example) throws IOException {
        return Files.readAllBytes(EXAMPLES.resolve(example));
    }
}
