package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.TanhKernel;

class RegionStationarySolverTest {

    private static final double C = 2.0 / Math.PI;
    private final GaussianKernel erf = new ErfKernel();
    private final RegionStationarySolver solver = new RegionStationarySolver(erf);

    /** Both stationary conditions hold: V'(Dinf) = 0 with the state's A, and V(Dinf) = V(D0). */
    private void assertStationary(RegionState s) {
        RegionPotential v = RegionPotential.of(erf, s.disorder(), s.delta0(), s.structuredVariance());
        assertThat(v.slope(s.deltaInf())).as("V'(Dinf) for %s", s).isCloseTo(0.0, within(1e-12));
        assertThat(v.value(s.delta0()) - v.value(s.deltaInf())).as("V(D0) - V(Dinf) for %s", s)
                .isCloseTo(0.0, within(1e-12));
    }

    @Test
    void scsVarianceMatchesKnownValues() {
        assertThat(solver.scs(1.5).delta0()).isCloseTo(0.838753, within(1e-6));
        assertThat(solver.scs(2.0).delta0()).isCloseTo(2.0640800188, within(1e-10));
        assertThat(solver.scs(3.0).delta0()).isCloseTo(5.637432, within(1e-6));
        RegionState s = solver.scs(2.0);
        assertThat(s.branch()).isEqualTo(StationaryBranch.SCS);
        assertThat(s.deltaInf()).isZero();
        assertThat(s.structuredVariance()).isZero();
        assertStationary(s);
    }

    @Test
    void scsBelowUnitDisorderIsTheZeroState() {
        RegionState s = solver.scs(0.8);
        assertThat(s.delta0()).isZero();
        assertThat(s.deltaInf()).isZero();
        assertThat(s.delta0SlopeInA()).isCloseTo(1.0 / (1.0 - 0.64), within(1e-12));
    }

    @Test
    void staticStateSolvesItsEquationAndStabilityFollowsTheSlope() {
        for (double g : new double[] {0.5, 1.0, 1.5, 2.5}) {
            for (double a : new double[] {0.0, 0.01, 0.3, 2.0, 10.0}) {
                RegionState s = solver.staticState(g, a);
                double d0 = s.delta0();
                assertThat(s.branch()).isEqualTo(StationaryBranch.STATIC);
                assertThat(d0 - g * g * erf.correlation(d0, d0, d0)).isCloseTo(a, within(1e-12 * (1 + a)));
                assertThat(s.stable()).isEqualTo(g * g / Math.sqrt(1 + Math.PI * d0) < 1);
                if (a == 0.0 && g > 1) {
                    assertThat(d0).isPositive();
                }
            }
        }
        assertThat(solver.staticState(0.9, 0.0).delta0()).isZero();
    }

    @Test
    void chaoticStateIsNeverTrivialAndExistsExactlyWhereTheStaticIsUnstable() {
        int found = 0;
        for (double g = 1.05; g <= 4.0; g += 0.05) {
            double onset = (Math.pow(g, 4) - 1) / Math.PI;   // g^2 (1 + pi D0)^-1/2 = 1
            double onsetA = onset - g * g * erf.correlation(onset, onset, onset);
            for (double a = 0.0; a <= 12.0; a += 0.07) {
                Optional<RegionState> chaotic = solver.chaoticState(g, a);
                boolean staticUnstable = !solver.staticState(g, a).stable();
                if (Math.abs(a - onsetA) > 1e-9) {
                    assertThat(chaotic.isPresent()).as("g=%s A=%s", g, a).isEqualTo(staticUnstable);
                }
                if (chaotic.isPresent()) {
                    RegionState s = chaotic.get();
                    found++;
                    assertThat(s.delta0() - s.deltaInf()).as("gap at g=%s A=%s", g, a).isGreaterThan(1e-6);
                    assertThat(s.deltaInf()).isGreaterThanOrEqualTo(0.0);
                    assertThat(s.structuredVariance()).isCloseTo(a, within(1e-11 * (1 + a)));
                    assertStationary(s);
                }
            }
        }
        assertThat(found).isGreaterThan(500);
    }

    @Test
    void chaoticStateAtZeroStructureIsScs() {
        RegionState s = solver.chaoticState(2.0, 0.0).orElseThrow();
        assertThat(s.branch()).isEqualTo(StationaryBranch.SCS);
        assertThat(s.delta0()).isCloseTo(2.0640800188, within(1e-10));
        assertThat(solver.chaoticState(0.9, 0.1)).isEmpty();
    }

    @Test
    void chaoticStatesNearTheOnsetStillSatisfyBothConditions() {
        double g = 2.0;
        double onset = 15.0 / Math.PI;
        double onsetA = onset - 4.0 * erf.correlation(onset, onset, onset);
        for (double gap : new double[] {1e-2, 1e-4, 1e-6}) {
            RegionState s = solver.chaoticState(g, onsetA - gap).orElseThrow();
            assertThat(s.deltaInf()).isLessThan(s.delta0());
            assertThat(s.delta0()).isLessThan(onset);
            assertStationary(s);
        }
    }

    @Test
    void slopeInAMatchesFiniteDifferencesOnBothBranches() {
        double h = 1e-5;
        for (double g : new double[] {0.7, 1.5, 2.25, 3.0}) {
            for (double a : new double[] {0.05, 0.4, 1.5, 6.0}) {
                RegionState s = solver.staticState(g, a);
                double fd = (solver.staticState(g, a + h).delta0() - solver.staticState(g, a - h).delta0()) / (2 * h);
                assertThat(s.delta0SlopeInA()).as("static g=%s A=%s", g, a).isCloseTo(fd, within(1e-6 * (1 + Math.abs(fd))));
                Optional<RegionState> c = solver.chaoticState(g, a);
                if (c.isPresent() && solver.chaoticState(g, a + h).isPresent()) {
                    double fdc = (solver.chaoticState(g, a + h).orElseThrow().delta0()
                            - solver.chaoticState(g, a - h).orElseThrow().delta0()) / (2 * h);
                    assertThat(c.get().delta0SlopeInA()).as("chaotic g=%s A=%s", g, a)
                            .isCloseTo(fdc, within(1e-6 * (1 + Math.abs(fdc))));
                }
            }
        }
        // SCS: one-sided, A = 0 is the end of the chaotic branch
        RegionState scs = solver.scs(2.0);
        double fd = (-3 * scs.delta0() + 4 * solver.chaoticState(2.0, h).orElseThrow().delta0()
                - solver.chaoticState(2.0, 2 * h).orElseThrow().delta0()) / (2 * h);
        assertThat(scs.delta0SlopeInA()).isCloseTo(fd, within(1e-5));
    }

    @Test
    void stableStatePicksStaticBelowTheOnsetAndChaoticAbove() {
        double a = 0.5;
        double g = 1.0;
        while (solver.staticState(g, a).stable()) {
            assertThat(solver.stableState(g, a).branch()).isEqualTo(StationaryBranch.STATIC);
            g += 0.01;
        }
        // just past the onset the selected state is chaotic and continuous with the static one
        RegionState chosen = solver.stableState(g, a);
        assertThat(chosen.branch()).isEqualTo(StationaryBranch.CHAOTIC);
        assertThat(chosen.delta0()).isCloseTo(solver.staticState(g, a).delta0(), within(0.05));
        assertThat(solver.stableState(3.0, a).branch()).isEqualTo(StationaryBranch.CHAOTIC);
        assertThat(solver.stableState(2.0, 0.0).branch()).isEqualTo(StationaryBranch.SCS);
        assertThat(solver.stableState(0.5, 0.0).delta0()).isZero();
    }

    @Test
    void atVarianceGivesTheStaticAndTheChaoticStateOfAPinnedRegion() {
        double d0 = C * (2.5 * 2.5 - 1);
        List<RegionState> states = solver.atVariance(2.25, d0);
        assertThat(states).extracting(RegionState::branch)
                .containsExactly(StationaryBranch.STATIC, StationaryBranch.CHAOTIC);
        assertThat(states.get(0).stable()).isFalse();
        RegionState chaotic = states.get(1);
        assertThat(chaotic.delta0()).isEqualTo(d0);
        assertThat(Math.sqrt(chaotic.structuredVariance())).isCloseTo(0.525, within(2e-3));
        assertThat(chaotic.deltaInf()).isCloseTo(1.686, within(2e-3));
        assertStationary(chaotic);
        // below the onset only the stable static state; far above, none with A >= 0
        assertThat(solver.atVariance(1.5, d0)).extracting(RegionState::branch).containsExactly(StationaryBranch.STATIC);
        assertThat(solver.atVariance(1.5, d0).get(0).stable()).isTrue();
        assertThat(solver.atVariance(2.8, d0)).isEmpty();
    }

    @Test
    void tanhScsSolvesTheEnergyConditionDirectly() {
        GaussianKernel tanh = new TanhKernel();
        RegionState s = new RegionStationarySolver(tanh).scs(2.0);
        double g2 = 4.0;
        double expected = new BrentSolver(1e-12).solve(100,
                d -> -0.5 * d * d + g2 * (tanh.correlationAntiderivative(d, d) - tanh.correlationAntiderivative(d, 0.0)),
                0.3, 20.0);
        assertThat(s.delta0()).isPositive().isCloseTo(expected, within(1e-8));
        assertThat(s.branch()).isEqualTo(StationaryBranch.SCS);
    }
}
