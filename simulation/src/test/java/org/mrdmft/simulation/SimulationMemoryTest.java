package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.NetworkModel;

/**
 * The simulator's memory estimate against the bytes a draw really uses, in the two regimes it names: the
 * dense blocks of N neurons (bytes allocated by this thread, counted by the JVM; one thread, so the
 * integration runs in it), and the recordings of a long duration (heap still held after full collections,
 * since the per-step temporaries are garbage at once; large enough, over 10 MB, for the measurement to be clear).
 */
class SimulationMemoryTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static double allocatedBy(NetworkSimulator sim, SimulationSettings s) {
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        sim.run(sim.sampler().sample(s.seed(), 0), 0, ProgressListener.NONE);
        return THREADS.getThreadAllocatedBytes(id) - before;
    }

    /**
     * Heap held by a draw's network and result after full collections: the recordings, which the draw keeps,
     * unlike the per-step temporaries that {@link #allocatedBy} also counts.
     */
    private static double retainedBy(NetworkSimulator sim, SimulationSettings s) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        SampledNetwork net = sim.sampler().sample(s.seed(), 0);
        SimulationResult result = sim.run(net, 0, ProgressListener.NONE);
        System.gc();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        assertThat(result.currents()).isNotEmpty(); // both stay reachable until here
        assertThat(net).isNotNull();
        return after - before;
    }

    private static void assertWithinFactorTwo(SimulationSettings s, String key) {
        NetworkModel model = NetworkModel.of(new double[] {1.0, 1.0}, new double[2][2][2]);
        NetworkSimulator sim = new NetworkSimulator(model, s);
        assertThat(sim.memoryEstimate().input()).isEqualTo(key);
        double estimate = sim.memoryEstimate().bytes();
        double allocated = key.equals("simulation.neurons") ? allocatedBy(sim, s) : retainedBy(sim, s);
        assertThat(estimate).as("estimate %.0f vs allocated %.0f", estimate, allocated)
                .isBetween(allocated / 2, allocated * 2);
    }

    @Test
    void denseBlocksOfManyNeurons() {
        assertWithinFactorTwo(Simulations.settings(1500, 0.1, 0.5, 0.0, SimulationScheme.EULER, 1, false),
                "simulation.neurons");
    }

    @Test
    void recordingsOfALongDuration() {
        assertWithinFactorTwo(Simulations.settings(30, 0.05, 1200.0, 1195.0, SimulationScheme.EULER, 1, false),
                "simulation.duration");
    }
}
