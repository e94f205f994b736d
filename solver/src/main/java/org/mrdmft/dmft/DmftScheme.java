package org.mrdmft.dmft;

import java.util.Locale;

/** Time discretisation of the transient two-time DMFT. */
public enum DmftScheme {
    /**
     * Default: exact exponential integration of the leak with three-point (quadratic) quadrature of the sources
     * in both time arguments, predictor-corrector for the implicit terms. Third order in dt (second order across
     * a scheduled input switch); the name is kept from its trapezoidal first version.
     */
    EXP_TRAPEZOID("exp-trapezoid"),
    /** The authors' forward-Euler scheme (docs/MODEL.md section 7), step for step. First order in dt. */
    REFERENCE_EULER("reference-euler");

    private final String configName;

    DmftScheme(String configName) {
        this.configName = configName;
    }

    /** The spelling used in config files. */
    public String configName() {
        return configName;
    }

    /** Parses a config spelling; null if unknown. */
    public static DmftScheme fromConfig(String s) {
        for (DmftScheme v : values()) {
            if (v.configName.equals(s.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        return null;
    }
}
