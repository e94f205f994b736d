package org.mrdmft.sweep;

import java.util.Arrays;
import java.util.Optional;

/** A per-region result recorded in the sweep table (sweep file key {@code observables}). */
public enum Observable {
    /** The dynamics label (of the classifier in dmft.classifier), column {@code label_mu}. */
    LABELS("labels", "label"),
    /** What the incoming currents do (absent, static, periodic, irregular), column {@code currents_mu}. */
    CURRENTS("currents", "currents"),
    /** The period of periodic currents (NaN otherwise), column {@code period_mu}. */
    PERIODS("periods", "period"),
    /** Half the peak-to-peak excursion of the late currents, column {@code amplitude_mu}. */
    AMPLITUDES("amplitudes", "amplitude"),
    /** The fraction of the variance that decorrelates at long lags, column {@code decay_mu}. */
    DECAYS("decays", "decay"),
    /** The final gain psi^mu, column {@code gain_mu}. */
    GAINS("gains", "gain"),
    /** The final total variance Delta^mu(t, t), column {@code variance_mu}. */
    VARIANCES("variances", "variance"),
    /** The norm of row mu of the final currents, sqrt(sum_nu (S^{mu nu})^2), column {@code rowNorm_mu}. */
    ROW_NORMS("rowNorms", "rowNorm");

    private final String spelling;
    private final String column;

    Observable(String spelling, String column) {
        this.spelling = spelling;
        this.column = column;
    }

    /** The name in sweep files. */
    public String spelling() {
        return spelling;
    }

    /** The column of region {@code mu} (0-based), 1-based in the name. */
    public String column(int mu) {
        return column + "_" + (mu + 1);
    }

    /** The observable spelt {@code name}, if any. */
    public static Optional<Observable> named(String name) {
        return Arrays.stream(values()).filter(o -> o.spelling.equals(name)).findFirst();
    }
}
