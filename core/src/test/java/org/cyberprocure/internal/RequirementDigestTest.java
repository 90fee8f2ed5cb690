package org.cyberprocure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RequirementDigestTest {

    @Test
    void canonicalText_ignoresKeyAndElementOrder_whichSetsDoNotKeep() throws Exception {
        JsonNode a = JsonMappers.TRUSTED.readTree("{\"b\": [\"CLOUD\", \"DEVICE\"], \"a\": {\"y\": 1, \"x\": null}}");
        JsonNode b = JsonMappers.TRUSTED.readTree("{\"a\": {\"x\": null, \"y\": 1}, \"b\": [\"DEVICE\", \"CLOUD\"]}");
        assertThat(RequirementDigest.canonical(a)).isEqualTo(RequirementDigest.canonical(b))
                .isEqualTo("{\"a\":{\"x\":null,\"y\":1},\"b\":[\"CLOUD\",\"DEVICE\"]}");
    }

    @Test
    void canonicalText_changesWithAnyValue() throws Exception {
        JsonNode a = JsonMappers.TRUSTED.readTree("{\"severity\": \"HIGH\", \"knockOut\": false}");
        JsonNode b = JsonMappers.TRUSTED.readTree("{\"severity\": \"HIGH\", \"knockOut\": true}");
        assertThat(RequirementDigest.canonical(a)).isNotEqualTo(RequirementDigest.canonical(b));
    }
}
