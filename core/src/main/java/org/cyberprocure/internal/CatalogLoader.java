package org.cyberprocure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.catalog.Catalog;
import org.cyberprocure.catalog.FormMapping;
import org.cyberprocure.i18n.Bundle;
import org.cyberprocure.i18n.Translations;
import org.cyberprocure.model.ConsistencyCheck;
import org.cyberprocure.model.Question;
import org.cyberprocure.model.Requirement;
import org.cyberprocure.spi.RulePack;

/**
 * Reads a rule pack's catalog: an index naming data files of requirements, questions and consistency checks
 * ({@code files}) and of vendor form mappings ({@code forms}).
 */
public final class CatalogLoader {
    private CatalogLoader() {
    }

    public static Catalog load(RulePack pack) {
        URL indexUrl = pack.catalogIndex();
        JsonNode index = read(indexUrl, pack);
        String version = index.path("catalogVersion").asText("");
        if (version.isEmpty()) {
            throw new ConfigurationException("catalog index of rule pack " + pack.name() + " has no catalogVersion");
        }
        List<Requirement> requirements = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<ConsistencyCheck> checks = new ArrayList<>();
        for (JsonNode file : index.path("files")) {
            URL url = resolve(indexUrl, checkedName(file.asText(), pack), pack);
            JsonNode content = read(url, pack);
            requirements.addAll(list(content, "requirements", Requirement[].class, url, pack));
            questions.addAll(list(content, "questions", Question[].class, url, pack));
            checks.addAll(list(content, "consistencyChecks", ConsistencyCheck[].class, url, pack));
        }
        List<FormMapping> forms = new ArrayList<>();
        for (JsonNode file : index.path("forms")) {
            // Form mappings live beside the catalog folder (rules/forms/), so names are relative to its parent.
            URL url = resolve(indexUrl, "../" + checkedName(file.asText(), pack), pack);
            forms.add(mapping(read(url, pack), url, pack));
        }
        for (Question q : questions) {
            if (q.type() == org.cyberprocure.model.AnswerType.NUMBER && (q.minimum() == null || q.maximum() == null)) {
                // A number without bounds would let -60 days or 400 % through and turn a gap into a pass.
                throw new ConfigurationException("question " + q.id() + " of rule pack " + pack.name()
                        + " is a number question without a minimum and a maximum");
            }
        }
        List<Bundle> bundles = new ArrayList<>();
        for (JsonNode name : index.path("messages")) {
            // A bundle is named by its English file without extension; its translations lie beside it (name_de).
            String path = checkedName(name.asText(), pack);
            bundles.add(new Bundle(path.substring(path.lastIndexOf('/') + 1),
                    resolve(indexUrl, path + ".properties", pack)));
        }
        return new Catalog(version, requirements, questions, checks, forms)
                .withTranslations(Translations.of(bundles, pack.classLoader()));
    }

    /** One form mapping file ({@code forms/*.json}); its agreement with the question bank is checked by Catalog. */
    private static FormMapping mapping(JsonNode content, URL url, RulePack pack) {
        try {
            return JsonMappers.TRUSTED.treeToValue(content, FormMapping.class);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new ConfigurationException("form mapping " + url + " of rule pack " + pack.name() + " is invalid: "
                    + e.getMessage(), e);
        }
    }

    private static <T> List<T> list(JsonNode content, String field, Class<T[]> type, URL url, RulePack pack) {
        JsonNode node = content.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        ObjectMapper json = JsonMappers.TRUSTED;
        try {
            return Arrays.asList(json.treeToValue(node, type));
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new ConfigurationException("catalog file " + url + " of rule pack " + pack.name()
                    + " is invalid in '" + field + "': " + e.getMessage(), e);
        }
    }

    private static String checkedName(String name, RulePack pack) {
        if (name.isEmpty() || name.contains("..") || name.startsWith("/")) {
            throw new ConfigurationException("catalog index of rule pack " + pack.name()
                    + " names an invalid file '" + name + "'");
        }
        return name;
    }

    /** A checked name (see {@link #checkedName}) relative to the index. */
    private static URL resolve(URL index, String name, RulePack pack) {
        try {
            return new URL(index, name);
        } catch (MalformedURLException e) {
            throw new ConfigurationException("catalog index of rule pack " + pack.name()
                    + " names an invalid file '" + name + "'", e);
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
