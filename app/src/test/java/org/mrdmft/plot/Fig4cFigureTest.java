package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.stationary.StationaryBranch;

/** fig4c's theory: region 1 goes from chaos suppressed to chaos with structure to pure chaos without current. */
class Fig4cFigureTest {
    @Test
    void regionOneLosesItsCurrentAsItsDisorderRises() {
        Fig4cFigure.CaseTheory[] t = new Fig4cFigure.CaseTheory[3];
        for (int k = 0; k < 3; k++) {
            t[k] = Fig4cFigure.CaseTheory.of(ReciprocalCase.fig4c().get(k));
            for (int mu = 1; mu < 5; mu++) {
                assertThat(t[k].branches()[mu]).isEqualTo(StationaryBranch.STATIC);
                assertThat(t[k].rowNorms()[mu]).isGreaterThan(1.4);
            }
            // every stable fixed point found has the same row norms
            for (double spread : t[k].spread()) {
                assertThat(spread).isLessThan(1e-9);
            }
        }
        assertThat(t[0].branches()[0]).isEqualTo(StationaryBranch.STATIC);
        assertThat(t[1].branches()[0]).isEqualTo(StationaryBranch.CHAOTIC);
        assertThat(t[1].rowNorms()[0]).isBetween(0.1, t[0].rowNorms()[0]);
        assertThat(t[2].branches()[0]).isEqualTo(StationaryBranch.SCS);
        assertThat(t[2].rowNorms()[0]).isLessThan(1e-9);
        assertThat(t[2].note()).isEqualTo("region 1 pure chaos, no current");
    }

    @Test
    void fullResolutionIsTheLargestThatFitsWithThePapersSteps() {
        var full = Fig4cFigure.settings(true);
        assertThat(full.neurons()).isEqualTo(4000);
        assertThat(full.duration()).isEqualTo(400.0);
        assertThat(full.dt()).isEqualTo(0.05);
        assertThat(full.draws()).isEqualTo(5);
        assertThat(full.scheme()).isEqualTo(SimulationScheme.EULER);
        assertThat(Fig4cFigure.trendSizes(true)).containsExactly(500, 1000, 2000, 4000);
        assertThat(Fig4cFigure.trendSizes(false)).isEmpty();
        assertThat(Fig4cFigure.settings(false).neurons()).isEqualTo(500);
    }
}
