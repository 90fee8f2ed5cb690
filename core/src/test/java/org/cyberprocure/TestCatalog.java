package org.cyberprocure;

import java.util.List;
import java.util.Set;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.AnswerType;
import org.cyberprocure.model.Citation;
import org.cyberprocure.model.LegalForce;
import org.cyberprocure.model.Profile;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.model.Severity;

/** A tiny catalog for core tests, which run without a rule pack. */
public final class TestCatalog {
    private TestCatalog() {
    }

    public static Catalog create() {
        Set<Profile> cloud = Set.of(Profile.CLOUD_MIGRATION);
        Set<Profile> device = Set.of(Profile.MEDICAL_DEVICE);
        List<Question> questions = List.of(
                new Question("ENC-REST", "Encrypted at rest?", AnswerType.YES_NO, List.of(), false, "yes", true, "",
                        Set.of(Profile.CLOUD_MIGRATION, Profile.MEDICAL_DEVICE), "Data protection", ""),
                new Question("LOG-EVENTS", "Events logged?", AnswerType.YES_NO_PARTIAL, List.of(), true, "yes", false,
                        "", cloud, "Logging", ""),
                new Question("CLD-DATA-LOCATION", "Where?", AnswerType.ENUM, List.of("EEA_ONLY", "OUTSIDE_EEA"),
                        false, "EEA_ONLY", false, "", cloud, "Cloud", ""),
                new Question("CLD-RESTORE-TEST-DATE", "When?", AnswerType.DATE, List.of(), false, "", false, "",
                        cloud, "Cloud", ""),
                new Question("BREACH-HOURS", "Hours?", AnswerType.NUMBER, List.of(), false, "", false, "", cloud,
                        "Incidents", ""),
                new Question("MD-SUPPORT-END", "Support end?", AnswerType.DATE, List.of(), false, "", true, "",
                        device, "Life cycle", ""));
        List<Requirement> requirements = List.of(new Requirement("GDPR-32-1a", "Encryption",
                new Citation("GDPR", "Regulation (EU) 2016/679", "Art 32(1)(a)"), "Encrypt.", "Data protection",
                cloud, LegalForce.BINDING_LAW, Severity.HIGH, false, List.of("ENC-REST"), "", "", List.of(), null, "",
                List.of()));
        return new Catalog("test-1", requirements, questions);
    }
}
