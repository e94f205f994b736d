package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;

class ProgressPartsTest {
    @Test
    void threePartsReportOneRunThatOnlyMovesForwardAndEndsComplete() {
        List<Double> fractions = new ArrayList<>();
        ProgressListener all = (done, total) -> fractions.add((double) done / total);
        for (int k = 0; k < 3; k++) {
            ProgressListener part = ProgressParts.part(all, k, 3);
            for (int step = 1; step <= 40; step++) {
                part.onProgress(step, 40);
            }
        }
        assertThat(fractions).hasSize(120).isSorted();
        assertThat(fractions.get(39)).isEqualTo(1.0 / 3);
        assertThat(fractions.get(119)).isEqualTo(1.0);
        assertThat(ProgressParts.part(ProgressListener.NONE, 1, 3)).isSameAs(ProgressListener.NONE);
    }
}
