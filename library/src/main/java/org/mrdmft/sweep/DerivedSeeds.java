package org.mrdmft.sweep;

/**
 * The seed of one (point, draw) of a sweep: a stable hash (SplitMix64 finaliser, chained) of the sweep seed,
 * the point index and the draw index, so that results do not depend on thread count, order or sharding.
 * Non-negative.
 */
public final class DerivedSeeds {
    private DerivedSeeds() {
    }

    /** The seed of draw {@code draw} at point {@code point}. */
    public static long of(long sweepSeed, int point, int draw) {
        long h = mix(sweepSeed ^ 0x6d72646d66745377L);
        h = mix(h ^ point);
        h = mix(h ^ ((long) draw << 32 | 0x5eedL));
        return h & Long.MAX_VALUE;
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
