package org.mrdmft.simulation;

import java.util.Locale;

/**
 * How the dense random couplings of a sampled network are stored ({@code simulation.precision}). The draw is
 * the same in both: every entry is sampled in 64 bits and, in single precision, rounded to the nearest 32-bit
 * float, so a seed names the same network. Sums are always accumulated in 64 bits; single precision halves the
 * memory of the N x N blocks and the bytes read per matrix-vector product, which bound the simulation's speed.
 */
public enum CouplingPrecision {
    /** 64-bit doubles (default). */
    DOUBLE("double", 8),
    /** 32-bit floats: half the memory and memory traffic, entries rounded to about 7 significant digits. */
    SINGLE("single", 4);

    private final String configName;
    private final int bytes;

    CouplingPrecision(String configName, int bytes) {
        this.configName = configName;
        this.bytes = bytes;
    }

    /** The spelling used in config files. */
    public String configName() {
        return configName;
    }

    /** Bytes per stored coupling. */
    public int bytesPerEntry() {
        return bytes;
    }

    /** Parses a config spelling; null if unknown. */
    public static CouplingPrecision fromConfig(String s) {
        for (CouplingPrecision v : values()) {
            if (v.configName.equals(s.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        return null;
    }
}
