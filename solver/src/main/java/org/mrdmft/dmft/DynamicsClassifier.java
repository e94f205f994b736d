package org.mrdmft.dmft;

import java.util.Arrays;
import java.util.List;

/**
 * Which rule labels a region's dynamics ({@code dmft.classifier}): the paper's rule on the normalised lag
 * slice, the default rule that looks at the currents directly and at the decorrelation of the region's
 * own fluctuations, or the rule that measures chaos as the growth of the replica distance.
 */
public enum DynamicsClassifier {
    /** From the currents (settle / periodic / irregular) and Delta(t, t + tau) at long lags. */
    CURRENTS("currents"),
    /** The paper's rule on Dhat(t0, t0 + tau), docs/FIGURES.md (fig5). */
    PAPER("paper"),
    /**
     * Chaos iff the replica distance grows (docs/MODEL.md section 11); the structured part (fixed point, limit
     * cycle) as {@link #CURRENTS} decides it. Runs the replica DMFT.
     */
    LYAPUNOV("lyapunov");

    private final String configName;

    DynamicsClassifier(String configName) {
        this.configName = configName;
    }

    /** The spelling in config files. */
    public String configName() {
        return configName;
    }

    /** Every spelling, in declaration order. */
    public static List<String> spellings() {
        return Arrays.stream(values()).map(DynamicsClassifier::configName).toList();
    }

    /** The classifier spelt {@code name} (one of {@link #spellings()}). */
    public static DynamicsClassifier fromConfig(String name) {
        return values()[spellings().indexOf(name)];
    }
}
