package org.cyberprocure.cli;

import org.cyberprocure.spi.RulePack;
import picocli.CommandLine;

/** Prints the tool, catalog and rule pack versions without loading the rule engine. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String tool = CyberProcureCli.class.getPackage().getImplementationVersion();
        var packs = RulePack.discover(CyberProcureCli.class.getClassLoader());
        String pack = packs.isEmpty() ? "no rule pack" : packs.get(0).name() + " " + packs.get(0).version();
        return new String[] {"cyberprocure " + (tool == null ? "dev" : tool), "rule pack " + pack};
    }
}
