package org.mrdmft.model;

import java.util.Locale;
import org.mrdmft.failure.InvalidInputException;

/**
 * The memory a run will need, estimated from its sizes before anything that grows with them is allocated,
 * so that a request too large for the heap is refused at once with the estimate instead of ending minutes
 * later in an OutOfMemoryError.
 *
 * @param input the config key to blame, the one whose value makes the run large (e.g. {@code dmft.steps})
 * @param request that key's value in words, e.g. {@code "100000000 steps"}
 * @param bytes the estimated bytes (a double: the products of sizes may exceed a long)
 * @param dominant the largest part of the estimate, e.g. {@code "per-step arrays of 2 regions"}
 * @param remedy what to change besides the heap, e.g. {@code "fewer dmft.steps with a larger dmft.dt"}
 */
public record MemoryEstimate(String input, String request, double bytes, String dominant, String remedy) {
    /** Heap kept free for everything the estimate leaves out (at least this, or a tenth of the heap). */
    public static final long HEADROOM_BYTES = 128L << 20;

    /** The largest heap this JVM may use ({@code -Xmx}). */
    public static long heap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The part of a heap an estimate may use: the heap minus the headroom. */
    public static double usable(long heap) {
        return Math.max(0.0, heap - Math.max(HEADROOM_BYTES, heap / 10.0));
    }

    /** Whether the estimate fits into {@code heap} with its headroom. */
    public boolean fits(long heap) {
        return bytes <= usable(heap);
    }

    /**
     * Refuses the run when the estimate does not fit into {@code heap}.
     *
     * @throws InvalidInputException naming {@link #input}: "{@code <request> would need about <size> (<dominant>),
     *     more than the JVM heap of <size> (raise -Xmx via MRDMFT_JAVA_OPTS, or <remedy>)}"
     */
    public void requireFits(long heap) {
        if (!fits(heap)) {
            throw new InvalidInputException(input, String.format(Locale.ROOT,
                    "%s would need about %s (%s), more than the JVM heap of %s (raise -Xmx via MRDMFT_JAVA_OPTS%s)",
                    request, size(bytes), dominant, size(heap), remedy.isEmpty() ? "" : ", or " + remedy));
        }
    }

    /** Refuses the run when the estimate does not fit into this JVM's heap ({@link #heap()}). */
    public void requireFits() {
        requireFits(heap());
    }

    /** A size in binary units with one decimal: "512.0 MiB", "80.0 GiB", "1.8 TiB". */
    public static String size(double bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? String.format(Locale.ROOT, "%.0f bytes", v) : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /**
     * The tensors of a network of {@code regions} regions: interactions and overlaps, R^3 numbers each; a
     * network holds one copy of each, and while it is built the given tensors and its copies coexist, so
     * three copies are counted (within a factor two of both the peak and what stays). Names {@code regions}.
     */
    public static MemoryEstimate ofNetwork(int regions) {
        double r = regions;
        return new MemoryEstimate("regions", "R = " + regions + " regions", 3 * (references(r) + r * matrix(r, r)),
                "interaction and overlap tensors of R^3 numbers", "fewer regions");
    }

    /** A number as written in a config: 1000000000 rather than 1.00000e+09, 0.05 rather than 0.0500000. */
    public static String number(double x) {
        if (Double.isFinite(x) && Math.abs(x) < 1e15) {
            return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        }
        return Double.toString(x);
    }

    /** Bytes of a double[] of {@code length} on a 64-bit JVM: a 16-byte header and 8 bytes per element. */
    public static double doubles(double length) {
        return 16.0 + 8.0 * length;
    }

    /** Bytes of an array of {@code length} references: a 16-byte header and 4 (compressed) bytes each. */
    public static double references(double length) {
        return 16.0 + 4.0 * length;
    }

    /** Bytes of a double[rows][columns]. */
    public static double matrix(double rows, double columns) {
        return references(rows) + rows * doubles(columns);
    }
}
