package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.NetworkModel;

/**
 * The transient memory estimate against the bytes the engines really allocate (counted by the JVM for this
 * thread, independent of garbage collection), and the refusal of sizes that cannot fit, before allocation.
 */
class TransientMemoryTest {
    /** Bytes this thread allocates while solving (engines run in the calling thread). */
    private static double allocatedBy(TransientProblem p) {
        return AllocatedBytes.during(() -> TransientSolvers.forProblem(p).solve(p, ProgressListener.NONE));
    }

    private static TransientProblem problem(double g, int regions, int steps, DmftScheme scheme) {
        double[] disorder = new double[regions];
        java.util.Arrays.fill(disorder, g);
        NetworkModel m = NetworkModel.of(disorder, new double[regions][regions][regions]);
        // a short window keeps the O(Nt window) work small while the O(Nt) arrays are full length
        return new TransientProblem(m, DmftSettings.defaults().withDt(0.05, steps).withWindow(20).withScheme(scheme));
    }

    private static void assertWithinFactorTwo(TransientProblem p) {
        double estimate = p.memoryEstimate().bytes();
        double allocated = allocatedBy(p);
        assertThat(estimate).as("estimate %.0f vs allocated %.0f", estimate, allocated)
                .isBetween(allocated / 2, allocated * 2);
    }

    @Test
    void estimateOfTheDefaultSchemeIsWithinAFactorTwoOfTheAllocation() {
        assertWithinFactorTwo(problem(1.0, 2, 60_000, DmftScheme.EXP_TRAPEZOID));
        assertWithinFactorTwo(problem(1.0, 6, 20_000, DmftScheme.EXP_TRAPEZOID));
    }

    @Test
    void estimateOfTheReferenceSchemeIsWithinAFactorTwoOfTheAllocation() {
        assertWithinFactorTwo(problem(1.0, 3, 40_000, DmftScheme.REFERENCE_EULER));
    }

    @Test
    void estimateOfTheDisorderFreePathIsWithinAFactorTwoOfTheAllocation() {
        assertWithinFactorTwo(problem(0.0, 2, 60_000, DmftScheme.EXP_TRAPEZOID));
    }

    @Test
    void twoTimeMatrixAtStrideOneIsQuadraticInTheSteps() {
        TransientProblem p = new TransientProblem(problem(1.0, 2, 4000, DmftScheme.EXP_TRAPEZOID).model(),
                new DmftSettings(DmftMode.TRANSIENT, 0.05, 4000, DmftScheme.EXP_TRAPEZOID, null, 0L, 20, null, null, 1));
        // 2 regions x 4000 x 4001 / 2 cells of 8 bytes: 128 MB, more than the one-time arrays
        assertThat(p.memoryEstimate().bytes()).isGreaterThan(2 * 4000.0 * 4001 / 2 * 8);
        assertWithinFactorTwo(p);
    }

    @Test
    void hugeRequestsAreRefusedBeforeAllocationNamingTheirKey() {
        TransientProblem steps = problem(1.0, 2, 2_000_000_000, DmftScheme.EXP_TRAPEZOID);
        long start = System.nanoTime();
        assertThatThrownBy(() -> TransientSolvers.forProblem(steps).solve(steps, ProgressListener.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dmft.steps: 2000000000 steps would need about 1.")
                .hasMessageContaining("TiB").hasMessageContaining("more than the JVM heap of");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);

        TransientProblem stride = new TransientProblem(steps.model(), new DmftSettings(DmftMode.TRANSIENT, 0.05,
                1_000_000, DmftScheme.EXP_TRAPEZOID, null, 0L, 20, null, null, 1));
        assertThatThrownBy(() -> TransientSolvers.forProblem(stride).solve(stride, ProgressListener.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dmft.twoTimeStride: ").hasMessageContaining("two-time matrix of 2 regions");

    }
}
