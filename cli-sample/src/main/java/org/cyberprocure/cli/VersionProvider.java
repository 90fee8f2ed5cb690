package org.cyberprocure.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.cyberprocure.spi.RulePack;
import picocli.CommandLine;

/**
 * Prints the tool, catalog and rule pack versions without loading the rule engine: the catalog version is read
 * from the pack's catalog index.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String tool = CyberProcureCli.class.getPackage().getImplementationVersion();
        List<String> lines = new ArrayList<>();
        lines.add("cyberprocure " + (tool == null ? "dev" : tool));
        List<RulePack> packs = RulePack.discover(CyberProcureCli.class.getClassLoader());
        if (packs.isEmpty()) {
            lines.add("rule pack: none on the class path");
        }
        for (RulePack pack : packs) {
            lines.add("rule pack " + pack.name() + " " + pack.version());
            lines.add("catalog " + catalogVersion(pack));
        }
        return lines.toArray(String[]::new);
    }

    private static String catalogVersion(RulePack pack) {
        try (InputStream in = pack.catalogIndex().openStream()) {
            return new ObjectMapper().readTree(in).path("catalogVersion").asText("unknown");
        } catch (IOException | RuntimeException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}
