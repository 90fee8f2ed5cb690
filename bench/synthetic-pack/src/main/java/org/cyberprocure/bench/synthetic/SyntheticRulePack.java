package org.cyberprocure.bench.synthetic;

import java.net.URL;
import java.util.Set;
import org.cyberprocure.spi.RulePack;

/**
 * The generated benchmark packs: {@link #X1} has about as many rules as the real pack, {@link #X4} four times as
 * many, over the same 800-question bank. Not registered as a service, so it never competes with the real pack;
 * load it with {@code ComplianceChecker.load(SyntheticRulePack.X1)}.
 */
public final class SyntheticRulePack implements RulePack {
    public static final SyntheticRulePack X1 = new SyntheticRulePack(1);
    public static final SyntheticRulePack X4 = new SyntheticRulePack(4);

    private final int factor;

    private SyntheticRulePack(int factor) {
        this.factor = factor;
    }

    /** The pack with {@code factor} (1 or 4) times the base rule set. */
    public static SyntheticRulePack of(int factor) {
        return switch (factor) {
            case 1 -> X1;
            case 4 -> X4;
            default -> throw new IllegalArgumentException("no synthetic pack x" + factor);
        };
    }

    /** How many times the base rule set this pack holds (1 or 4). */
    public int factor() {
        return factor;
    }

    /** Requirements in this pack (100 per factor, three rules each). */
    public int requirementCount() {
        return 100 * factor;
    }

    @Override
    public String name() {
        return "cyberprocure-synthetic-x" + factor;
    }

    @Override
    public String version() {
        return "bench";
    }

    @Override
    public URL executableModel() {
        return SyntheticRulePack.class.getResource("/META-INF/kie/org.cyberprocure/cyberprocure-bench-synthetic-pack/drools-model");
    }

    @Override
    public Set<String> rulePackages() {
        return Set.of("org.cyberprocure.bench.synthetic.x" + factor);
    }

    @Override
    public URL catalogIndex() {
        return SyntheticRulePack.class.getResource("catalog/index-x" + factor + ".json");
    }

    @Override
    public String toString() {
        return name();
    }
}
