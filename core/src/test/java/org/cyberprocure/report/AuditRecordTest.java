package org.cyberprocure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cyberprocure.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditRecordTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:11:12.345Z"), ZoneOffset.UTC);

    @Test
    void withoutSourceDateEpoch_theClockGivesTheTime() {
        assertThat(AuditRecord.generationTime(Map.of(), CLOCK)).isEqualTo(CLOCK.instant());
        assertThat(AuditRecord.generationTime(Map.of("SOURCE_DATE_EPOCH", " "), CLOCK)).isEqualTo(CLOCK.instant());
    }

    @Test
    void sourceDateEpoch_fixesTheTime_whateverTheClock() {
        assertThat(AuditRecord.generationTime(Map.of("SOURCE_DATE_EPOCH", "1764669600"), CLOCK))
                .isEqualTo(Instant.parse("2025-12-02T10:00:00Z"));
    }

    @Test
    void sourceDateEpochThatIsNoNumber_isAConfigurationError() {
        assertThatThrownBy(() -> AuditRecord.generationTime(Map.of("SOURCE_DATE_EPOCH", "yesterday"), CLOCK))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("SOURCE_DATE_EPOCH")
                .hasMessageContaining("yesterday");
    }

    @Test
    void generationTime_isKeptToTheSecond() {
        assertThat(AuditRecord.at(CLOCK.instant(), List.of()).generatedAt())
                .isEqualTo(Instant.parse("2026-12-02T10:11:12Z"));
    }

    @Test
    void inputFile_carriesTheSha256OfItsBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("abc.json"), "abc", StandardCharsets.US_ASCII);
        AuditRecord.InputFile input = AuditRecord.InputFile.of("questionnaire", file);
        assertThat(input.name()).isEqualTo("abc.json");
        assertThat(input.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
