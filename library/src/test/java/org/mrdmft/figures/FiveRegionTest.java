package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * five-region: without disorder the five regions carry currents; at g = 3 the disorder silences them (the
 * currents decay to zero). The spectrum of That has R^2 = 25 eigenvalues.
 */
class FiveRegionTest {
    private static final FiveRegion.Data DATA = FiveRegion.compute(new FiveRegion.Options(new double[] {0, 3}));

    @Test
    void currentsLiveWithoutDisorderAndDieAtTheLargestDisorder() {
        double[] none = DATA.courses().get(0).currentNorm();
        double[] strong = DATA.courses().get(1).currentNorm();
        assertThat(none[none.length - 1]).isGreaterThan(1.0);
        assertThat(strong[strong.length - 1]).isLessThan(1e-6);
    }

    @Test
    void theSpectrumHasOneEigenvaluePerPairOfRegions() {
        assertThat(DATA.spectrum()).hasSize(25);
    }

    @Test
    void theTablesAreTheFilesOfTheCommandLine() {
        List<DataTable> tables = DATA.tables();
        assertThat(tables).extracting(DataTable::name).containsExactly("five-region-spectrum", "five-region-time",
                "five-region-lags");
        assertThat(tables.get(1).columnNames()).containsExactly("t", "currentNorm_g0.0", "meanGain_g0.0",
                "currentNorm_g3.0", "meanGain_g3.0");
        assertThat(tables.get(2).columnNames()).containsExactly("tau", "meanDhat_g0.0", "meanDhat_g3.0");
        assertThat(tables.get(1).rows()).isEqualTo(2500);
        assertThat(tables.get(1).column("t")[1]).isEqualTo(0.05);
    }
}
