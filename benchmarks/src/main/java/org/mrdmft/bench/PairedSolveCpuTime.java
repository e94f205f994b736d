package org.mrdmft.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds of the engine timed side by side in one JVM, for a machine whose other load makes separate runs
 * incomparable (on a shared 2-core machine a solve's CPU time doubles while the sibling core is busy): each
 * benchmarks jar is loaded by its own class loader (so each is compiled by the JIT on its own), and the same
 * work alternates between them, A B, B A, ..., timed in the thread's CPU time. Each pair met the same load,
 * so the median of the per-pair ratios is stable where minima and medians of separate runs are not.
 *
 * <p>Usage: {@code java -XX:LoopUnrollLimit=400 -Xmx2g -cp benchmarks/target/benchmarks.jar
 * org.mrdmft.bench.PairedSolveCpuTime A.jar B.jar [pairs, default 100] [solve | fig5]}: {@code solve} is
 * {@link TransientSolveBenchmark}'s problem, {@code fig5} the rows of {@link Fig5RowBenchmark} (both builds
 * get the same rows). Prints the medians of each and the paired median of A / B with its quartiles.
 */
public final class PairedSolveCpuTime {

    private PairedSolveCpuTime() {
    }

    /** One build's unit of work, bound to its own class loader. */
    private record Work(Object target, Method method) {
        void run() throws ReflectiveOperationException {
            method.invoke(target);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PairedSolveCpuTime A.jar B.jar [pairs] [solve | fig5]");
            System.exit(2);
        }
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        boolean fig5 = args.length > 3 && args[3].equals("fig5");
        Work a = load(args[0], fig5);
        Work b = load(args[1], fig5);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int k = 0; k < 40; k++) {
            a.run();
            b.run();
        }
        double[] ta = new double[pairs];
        double[] tb = new double[pairs];
        double[] ratio = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            boolean aFirst = k % 2 == 0;
            double first = time(aFirst ? a : b, threads);
            double second = time(aFirst ? b : a, threads);
            ta[k] = aFirst ? first : second;
            tb[k] = aFirst ? second : first;
            ratio[k] = ta[k] / tb[k];
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%s, %d pairs, thread CPU: A median %.2f ms (min %.2f), B median %.2f ms "
                        + "(min %.2f); A / B paired median %.3f (quartiles %.3f - %.3f)%n",
                fig5 ? "fig5 rows" : "solves", pairs, ta[pairs / 2], ta[0], tb[pairs / 2], tb[0], ratio[pairs / 2],
                ratio[pairs / 4], ratio[3 * pairs / 4]);
    }

    private static double time(Work w, ThreadMXBean threads) throws ReflectiveOperationException {
        long start = threads.getCurrentThreadCpuTime();
        w.run();
        return (threads.getCurrentThreadCpuTime() - start) * 1e-6;
    }

    private static Work load(String jar, boolean fig5) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
                ClassLoader.getPlatformClassLoader());
        String name = fig5 ? "org.mrdmft.bench.Fig5RowBenchmark" : "org.mrdmft.bench.TransientSolveBenchmark";
        Class<?> type = loader.loadClass(name);
        Object bench = type.getConstructor().newInstance();
        if (!fig5) {
            type.getField("scheme").set(bench, "exp-trapezoid");
        }
        type.getMethod("setUp").invoke(bench);
        return new Work(bench, type.getMethod(fig5 ? "fig5Row" : "paperPhaseDiagramUnit"));
    }
}
