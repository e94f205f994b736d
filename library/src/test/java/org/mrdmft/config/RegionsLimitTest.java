package org.mrdmft.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.api.Network;
import org.mrdmft.model.InvalidNetworkException;
import org.mrdmft.model.MemoryEstimate;

/**
 * The number of regions is checked against the heap before any R^3 tensor is built, and the estimate it is
 * checked with is within a factor two of what a config or a built network holds (heap in use after full
 * collections) and below what reading the config allocates in all (counted by the JVM for this thread).
 */
class RegionsLimitTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static String random(int regions) {
        return "regions: " + regions + "\ndisorder: 1.0\ninteractions:\n  random: {scale: 1.0, seed: 1}\n";
    }

    private static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void fiveThousandRandomRegionsAreRefusedBeforeTheTensorIsBuilt() {
        long before = allocated();
        assertThatThrownBy(() -> ConfigLoader.parse(random(5000), "big", List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("regions: R = 5000 regions would need about ")
                .hasMessageContaining("TiB (interaction and overlap tensors");
        assertThat(allocated() - before).as("bytes allocated before the refusal").isLessThan(64L << 20);
        assertThatThrownBy(() -> Network.regions(5000).disorder(1.0).random(1.0, 1L).build())
                .isInstanceOf(InvalidNetworkException.class)
                .hasMessageStartingWith("regions: R = 5000 regions would need about ");
    }

    /** Heap in use after full collections. */
    private static long held() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void theEstimateIsWithinAFactorTwoOfWhatAConfigAllocatesAndHolds() {
        int r = 90; // 729,000 entries per tensor
        long before = allocated();
        long heldBefore = held();
        RunConfig config = ConfigLoader.parse(random(r), "mid", List.of());
        double used = allocated() - before;
        double held = held() - heldBefore;
        double estimate = RegionsLimit.estimate(r).bytes();
        assertThat(config.model().regions()).isEqualTo(r); // the network and its resolved tree stay reachable
        assertThat(estimate).as("estimate %.0f vs held %.0f", estimate, held).isBetween(held / 2, held * 2);
        assertThat(estimate).as("estimate %.0f vs allocated %.0f", estimate, used).isBetween(used / 4, used);
    }

    @Test
    void theNetworkEstimateIsWithinAFactorTwoOfWhatABuiltNetworkHolds() {
        int r = 120; // 1.7 million entries per tensor, 14 MB each
        long before = held();
        org.mrdmft.model.NetworkModel model = Network.regions(r).disorder(1.0).random(1.0, 1L).build();
        double held = held() - before;
        assertThat(model.regions()).isEqualTo(r); // reachable until here
        double estimate = MemoryEstimate.ofNetwork(r).bytes();
        assertThat(estimate).as("estimate %.0f vs held %.0f", estimate, held).isBetween(held / 2, held * 2);
    }
}
