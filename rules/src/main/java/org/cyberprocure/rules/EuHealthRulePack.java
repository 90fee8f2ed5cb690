package org.cyberprocure.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Properties;
import java.util.Set;
import org.cyberprocure.spi.RulePack;

/**
 * The rule pack for EU hospital procurement: ENISA good practices, CRA, GDPR, MDR and MDCG 2019-16, for the
 * cloud-migration and medical-device profiles.
 */
public final class EuHealthRulePack implements RulePack {
    private static final String BASE = "/org/cyberprocure/rules/";
    private final String version;

    /** Reads the pack's version from its {@code rulepack.properties}; {@code ServiceLoader} calls it. */
    public EuHealthRulePack() {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream(BASE + "rulepack.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.version = properties.getProperty("version", "unknown");
    }

    @Override
    public String name() {
        return "cyberprocure-eu-health";
    }

    @Override
    public String version() {
        return version;
    }

    /** Written by kie-maven-plugin under this pack's own Maven coordinates, so no other jar has it. */
    @Override
    public URL executableModel() {
        return getClass().getResource("/META-INF/kie/org.cyberprocure/cyberprocure-rules/drools-model");
    }

    @Override
    public Set<String> rulePackages() {
        return Set.of("org.cyberprocure.rules");
    }

    @Override
    public URL catalogIndex() {
        return getClass().getResource(BASE + "catalog/index.json");
    }
}
