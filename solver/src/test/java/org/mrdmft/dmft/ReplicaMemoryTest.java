package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/**
 * The memory estimate of a replica solve ({@code dmft.lyapunov}) against the bytes it really allocates (counted by
 * the JVM for this thread, as {@link TransientMemoryTest}), and the refusal, before allocation, of a replica solve
 * whose plain solve would fit but whose replica does not.
 */
class ReplicaMemoryTest {
    private static double allocatedByReplica(TransientProblem p) {
        return AllocatedBytes.during(() -> new ReplicaSolver().solve(p, ProgressListener.NONE));
    }

    private static double allocatedByPlain(TransientProblem p) {
        return AllocatedBytes.during(() -> TransientSolvers.forProblem(p).solve(p, ProgressListener.NONE));
    }

    private static TransientProblem problem(Nonlinearity phi, int regions, int steps) {
        return problem(phi, regions, steps, 1.0);
    }

    private static TransientProblem problem(Nonlinearity phi, int regions, int steps, double g) {
        double[] disorder = new double[regions];
        Arrays.fill(disorder, g);
        NetworkModel m = new NetworkModel(regions, phi, disorder, new double[regions][regions],
                new double[regions][regions][regions], NetworkModel.identityOverlaps(regions),
                InputDrive.none(regions));
        // a short window keeps the O(Nt window) work small while the O(Nt) arrays are full length
        return new TransientProblem(m, DmftSettings.defaults().withDt(0.05, steps).withWindow(20).withLyapunov(true));
    }

    /** The whole estimate within a factor two of the allocation, and the replica's part within a factor two of its. */
    private static void assertWithinFactorTwo(TransientProblem p) {
        double estimate = p.memoryEstimate().bytes();
        double plainEstimate = TransientMemory.of(p, MemoryEstimate.heap(), false).bytes();
        double allocated = allocatedByReplica(p);
        double plainAllocated = allocatedByPlain(p);
        assertThat(estimate).as("estimate %.0f vs allocated %.0f", estimate, allocated)
                .isBetween(allocated / 2, allocated * 2);
        double part = estimate - plainEstimate;
        double partAllocated = allocated - plainAllocated;
        assertThat(part).as("replica's part: estimate %.0f vs allocated %.0f", part, partAllocated)
                .isBetween(partAllocated / 2, partAllocated * 2);
    }

    @Test
    void estimateOfAReplicaSolveIsWithinAFactorTwoOfTheAllocation() {
        assertWithinFactorTwo(problem(Nonlinearity.ERF, 2, 60_000));
        assertWithinFactorTwo(problem(Nonlinearity.ERF, 6, 20_000));
    }

    @Test
    void estimateOfADisorderFreeReplicaSolveCountsTheFullEngineItRuns() {
        // its plain solve runs without the engine's columns; the replica runs the full engine (the part was 0.65 of
        // the whole allocation before it was counted, and about a third of the replica's own part)
        assertWithinFactorTwo(problem(Nonlinearity.ERF, 2, 60_000, 0.0));
    }

    @Test
    void estimateOfATanhReplicaSolveCountsTheSubtractedColumns() {
        assertWithinFactorTwo(problem(Nonlinearity.TANH, 2, 30_000));
    }

    @Test
    void theReplicaIsCountedOnlyWhenAsked() {
        TransientProblem p = problem(Nonlinearity.ERF, 2, 100_000);
        TransientProblem plain = new TransientProblem(p.model(), p.settings().withLyapunov(false));
        long heap = 64L << 30;
        double withReplica = TransientMemory.of(p, heap).bytes();
        assertThat(TransientMemory.of(p, heap, true).bytes()).isEqualTo(withReplica);
        assertThat(TransientMemory.of(plain, heap).bytes()).isEqualTo(TransientMemory.of(p, heap, false).bytes())
                .isLessThan(withReplica);
        assertThat(withReplica - TransientMemory.of(plain, heap).bytes())
                .isEqualTo(TransientMemory.replicaBytes(p.model(), 100_000));
    }

    /** Steps at which a 2-region replica solve does not fit into {@code heap} while its plain solve does. */
    private static int stepsWhereOnlyTheReplicaTips(long heap) {
        TransientProblem base = problem(Nonlinearity.ERF, 2, 1000);
        double usable = MemoryEstimate.usable(heap);
        // both estimates are linear in the steps (the two-time matrix's stride keeps it at most 1000 points per axis)
        int lo = 1000;
        int hi = Integer.MAX_VALUE / 2;
        while (hi - lo > 1) {
            int mid = lo + (hi - lo) / 2;
            TransientProblem p = new TransientProblem(base.model(), base.settings().withDt(0.05, mid));
            if (TransientMemory.of(p, heap, true).bytes() > usable) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        // 10 % beyond the first length the replica tips over: still well within what the plain solve may use
        int steps = (int) (hi * 1.1);
        TransientProblem p = new TransientProblem(base.model(), base.settings().withDt(0.05, steps));
        assertThat(TransientMemory.of(p, heap, false).fits(heap)).isTrue();
        assertThat(TransientMemory.of(p, heap, true).fits(heap)).isFalse();
        return steps;
    }

    @Test
    void aReplicaThatTipsTheRunOverIsNamedWithItsRemedy() {
        long heap = 512L << 20;
        int steps = stepsWhereOnlyTheReplicaTips(heap);
        TransientProblem p = problem(Nonlinearity.ERF, 2, steps);
        MemoryEstimate e = TransientMemory.of(p, heap, true);
        assertThat(e.input()).isEqualTo("dmft.steps");
        assertThatThrownBy(() -> e.requireFits(heap)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dmft.steps: " + steps + " steps would need about ")
                .hasMessageContaining("the replica of dmft.lyapunov")
                .hasMessageContaining("the solve without the replica would fit")
                .hasMessageContaining("or dmft.lyapunov: false");
        assertThat(TransientMemory.of(p, 1L << 40, true).fits(1L << 40)).isTrue();
        // the same run without the replica names no replica
        MemoryEstimate plainTooLong = TransientMemory.of(
                new TransientProblem(p.model(), p.settings().withDt(0.05, 4 * steps)), heap, false);
        assertThatThrownBy(() -> plainTooLong.requireFits(heap)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dmft.steps: ").hasMessageNotContaining("replica");
        // a replica solve that would not fit even without its replica is not blamed on it
        MemoryEstimate replicaTooLong = TransientMemory.of(
                new TransientProblem(p.model(), p.settings().withDt(0.05, 4 * steps)), heap, true);
        assertThatThrownBy(() -> replicaTooLong.requireFits(heap)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the replica of dmft.lyapunov").hasMessageNotContaining("would fit")
                .hasMessageNotContaining("dmft.lyapunov: false");
    }

    @Test
    void aReplicaSolveTooLargeForThisHeapIsRefusedBeforeAllocation() {
        long heap = MemoryEstimate.heap();
        int steps = stepsWhereOnlyTheReplicaTips(heap);
        TransientProblem p = problem(Nonlinearity.ERF, 2, steps);
        long start = System.nanoTime();
        double allocated = AllocatedBytes.during(() -> assertThatThrownBy(
                () -> new ReplicaSolver().solve(p, ProgressListener.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dmft.steps: " + steps + " steps would need about ")
                .hasMessageContaining("the solve without the replica would fit"));
        // nothing that grows with the steps: one column of Nt doubles alone would be 8 Nt bytes
        assertThat(allocated).as("bytes allocated before the refusal").isLessThan(8.0 * steps / 10);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
    }

    @Test
    void hugeReplicaSolvesAreRefusedNamingTheirKey() {
        TransientProblem steps = problem(Nonlinearity.ERF, 2, 2_000_000_000);
        assertThatThrownBy(() -> new ReplicaSolver().solve(steps, ProgressListener.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dmft.steps: 2000000000 steps would need about ")
                .hasMessageContaining("TiB").hasMessageContaining("the replica of dmft.lyapunov");
    }
}
