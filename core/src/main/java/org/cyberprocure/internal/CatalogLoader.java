package org.cyberprocure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.spi.RulePack;

/** Reads a rule pack's catalog and question bank (JSON data files shipped inside the pack). */
public final class CatalogLoader {
    private CatalogLoader() {
    }

    public static Catalog load(RulePack pack) {
        ObjectMapper json = JsonMappers.TRUSTED;
        JsonNode requirements = read(pack.requirements(), pack);
        JsonNode questions = read(pack.questions(), pack);
        try {
            String version = requirements.path("catalogVersion").asText("");
            if (version.isEmpty()) {
                throw new ConfigurationException("catalog of rule pack " + pack.name() + " has no catalogVersion");
            }
            List<Requirement> reqs = Arrays.asList(json.treeToValue(requirements.path("requirements"),
                    Requirement[].class));
            List<Question> qs = Arrays.asList(json.treeToValue(questions.path("questions"), Question[].class));
            return new Catalog(version, reqs, qs);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new ConfigurationException("catalog of rule pack " + pack.name() + " is invalid: "
                    + e.getMessage(), e);
        }
    }

    private static JsonNode read(URL url, RulePack pack) {
        if (url == null) {
            throw new ConfigurationException("rule pack " + pack.name() + " names a missing catalog resource");
        }
        try (InputStream in = url.openStream()) {
            return JsonMappers.TRUSTED.readTree(in);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + url + " of rule pack " + pack.name() + ": "
                    + e.getMessage(), e);
        }
    }
}
