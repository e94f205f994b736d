package org.mrdmft.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.api.Network;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.model.NetworkModel;

/**
 * A rehearsal of the transient solve on a daemon thread, started by {@link EntryPoint} for {@code mrdmft solve}
 * while the main thread parses the command line and reads the config: the fingerprint of a small config tree,
 * then twenty 100-step solves of a small built-in network and a classification, in memory, printing and
 * writing nothing. The fingerprint initialises Jackson's serialisation and SHA-256 (some 0.1 s in a fresh
 * JVM), which the real run's fingerprint would otherwise pay while the solve waits for its output directory.
 * In a fresh JVM the real solve otherwise runs mostly in the interpreter and in profiling code while the JIT
 * catches up; after the rehearsal the solver's classes are initialised and its column loops are compiled or
 * queued for compilation.
 * Many short solves rather than one long one: the column methods reach the optimising compiler's thresholds
 * through their invocation counts, for a twentieth of the work of one 2500-step solve. The real solve's
 * results do not depend on it (docs/PERFORMANCE.md, "Start-up and whole commands", has the measurements).
 * {@code MRDMFT_WARMUP=0} in the environment switches it off.
 */
final class SolveWarmup {
    /** The environment variable that switches the rehearsal off when set to 0. */
    static final String SWITCH = "MRDMFT_WARMUP";
    /** Time points of each rehearsal solve. */
    static final int STEPS = 100;
    /** Rehearsal solves. */
    static final int ROUNDS = 20;

    /**
     * A generic two-region network (g = 1.2 and 1.8, mixed-sign interactions, currents started away from
     * zero) that exercises the same code paths as a user's erf network; deliberately not any benchmark's network.
     */
    private static final double[][][] TENSOR = {
        {{1.8, -0.6}, {0.4, 1.1}},
        {{-0.9, 1.4}, {-1.2, 0.3}}};
    private static final double[] DISORDER = {1.2, 1.8};
    private static final double[][] INITIAL_CURRENTS = {{0.5, 0.3}, {0.2, 0.6}};

    private SolveWarmup() {
    }

    /** Whether a command line gets the rehearsal: a solve, unless help or the version is asked or it is off. */
    static boolean wanted(String[] args, String switchValue) {
        if (args.length < 2 || !"solve".equals(args[0]) || "0".equals(switchValue)) {
            return false;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts the rehearsal on a daemon thread when {@link #wanted}. It never prints anything: the task keeps any
     * failure to itself and is never joined (a failed rehearsal only means no head start; the real command
     * reports its own errors).
     */
    static void startFor(String[] args) {
        if (wanted(args, System.getenv(SWITCH))) {
            BackgroundTask.start("mrdmft-warmup", SolveWarmup::rehearse);
        }
    }

    /** The rehearsal itself; returns the number of regions classified (2). */
    static int rehearse() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode(); // the shapes a resolved config has
        tree.putObject("dmft").put("dt", 0.05).putArray("initialCurrents").add(0.74).add(0.59);
        ConfigLoader.fingerprint(tree);
        NetworkModel network = Network.regions(2).disorder(DISORDER).tensor(TENSOR).build();
        DmftSettings settings = DmftSettings.defaults().withSteps(STEPS).withInitialCurrents(INITIAL_CURRENTS);
        TransientResult result = null;
        for (int i = 0; i < ROUNDS; i++) {
            result = Mrdmft.solve(network, settings, ProgressListener.NONE);
        }
        return Mrdmft.classify(result, network, settings.classifier()).size();
    }
}
