package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.NetworkModel;

/**
 * The stationary analysis checks its lag grid against the heap before the search, and its estimate is within
 * a factor two of what a result of one fixed point holds (heap in use after full collections).
 */
class StationaryMemoryTest {
    private static final NetworkModel SCS = NetworkModel.of(new double[] {2.0}, new double[1][1][1]);

    private static long held() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void aFineLongLagGridIsWithinAFactorTwoOfWhatItsResultHolds() {
        // one start, one region: one profile of 400,000 lags (lags and Delta, 6.4 MB)
        StationarySettings s = StationarySettings.defaults().withStarts(1).withMaxLag(20_000.0, 0.05);
        StationaryAnalysis analysis = new StationaryAnalysis(SCS);
        long before = held();
        StationaryResult result = analysis.analyse(s);
        double held = held() - before;
        assertThat(result).isNotNull(); // reachable until here
        double estimate = analysis.memoryEstimate(s).bytes();
        assertThat(estimate).as("estimate %.0f vs held %.0f", estimate, held).isBetween(held / 2, held * 2);
    }

    @Test
    void lagGridsBeyondTheHeapAreRefusedNamingTheirKey() {
        StationaryAnalysis analysis = new StationaryAnalysis(SCS);
        assertThatThrownBy(() -> analysis.analyse(StationarySettings.defaults().withMaxLag(1e14, 0.05)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("stationary.maxLag: lags up to 100000000000000 in steps of 0.05 would need");
        assertThatThrownBy(() -> analysis.analyse(StationarySettings.defaults().withMaxLag(60.0, 1e-12)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("stationary.lagStep: lags up to 60 in steps of 0.000000000001 would need");
    }
}
