package org.mrdmft.api;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.model.Arrays2;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.InvalidNetworkException;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.NetworkRules;
import org.mrdmft.model.Nonlinearity;

/**
 * Describes a multiregion network in code, as a config file does without the file (docs/CONFIG.md, section
 * Network), and builds the engines' {@link NetworkModel}. Every method returns a new description and leaves this
 * one unchanged, so a base network can be varied in a loop:
 *
 * <pre>{@code
 * Network routing = Network.regions(2).reciprocal(new double[] {0, 0}, new double[] {2, 2});
 * NetworkModel weak = routing.disorder(0.5).build();
 * NetworkModel strong = routing.disorder(1.5).build();
 * }</pre>
 *
 * <p>The parameters mean what the config's keys of the same names mean, and they are turned into the model by
 * the same code ({@link InteractionTensors}, {@link NetworkRules}). {@link #build()} checks everything and throws
 * an {@link InvalidNetworkException} for the first problem, naming the parameter as a config file spells it
 * ({@code disorder[1]}, {@code interactions.reciprocal.signs[0]}, {@code inputs.schedule[2].to}).
 *
 * <p>Required: the number of regions, the disorder and one kind of interactions ({@link #tensor}, {@link
 * #reciprocal} or {@link #random}; the last call wins). Defaults: erf nonlinearity, no cross-region disorder,
 * identity overlaps U, no inputs.
 */
public final class Network {
    private final int regions;
    private final Nonlinearity nonlinearity;
    private final double[] disorder;
    private final double[][] crossDisorder;
    private final Interactions interactions;
    private final double[][][] overlaps;
    private final Inputs inputs;

    /** The chosen kind of interactions and its parameters, turned into T by {@link #tensor(int)}. */
    private sealed interface Interactions {
        double[][][] tensor(int r);
    }

    private record Explicit(double[][][] t) implements Interactions {
        @Override
        public double[][][] tensor(int r) {
            requireCube("interactions.tensor", t, r);
            return Arrays2.copy(t);
        }
    }

    private record Reciprocal(double[] a, double[] b, double[] signs) implements Interactions {
        @Override
        public double[][][] tensor(int r) {
            requireLength("interactions.reciprocal.a", a, r);
            requireLength("interactions.reciprocal.b", b, r);
            requireLength("interactions.reciprocal.signs", signs, r);
            return InteractionTensors.reciprocal(a, b, signs);
        }
    }

    private record Random(double scale, long seed) implements Interactions {
        @Override
        public double[][][] tensor(int r) {
            return InteractionTensors.random(r, scale, seed);
        }
    }

    /** The inputs section: overlaps V, a constant amplitude or a schedule, and gainScaled. */
    private record Inputs(double[][] overlaps, double[] amplitude, List<double[]> schedule, boolean gainScaled) {
        static final Inputs NONE = new Inputs(null, null, List.of(), true);

        boolean given() {
            return overlaps != null || amplitude != null || !schedule.isEmpty() || !gainScaled;
        }
    }

    private Network(int regions, Nonlinearity nonlinearity, double[] disorder, double[][] crossDisorder,
                    Interactions interactions, double[][][] overlaps, Inputs inputs) {
        this.regions = regions;
        this.nonlinearity = nonlinearity;
        this.disorder = disorder;
        this.crossDisorder = crossDisorder;
        this.interactions = interactions;
        this.overlaps = overlaps;
        this.inputs = inputs;
    }

    /**
     * A network of {@code r} regions (the config's {@code regions}), to be completed with its disorder and
     * interactions.
     *
     * @throws InvalidNetworkException if r &lt; 1
     */
    public static Network regions(int r) {
        if (r < 1) {
            throw new InvalidNetworkException("regions", "must be an integer >= 1, got " + r);
        }
        return new Network(r, Nonlinearity.ERF, null, null, null, null, Inputs.NONE);
    }

    /** The number of regions R. */
    public int regions() {
        return regions;
    }

    /** The single-neuron nonlinearity phi (default erf). */
    public Network nonlinearity(Nonlinearity phi) {
        if (phi == null) {
            throw new InvalidNetworkException("nonlinearity", "must be erf or tanh, got null");
        }
        return new Network(regions, phi, disorder, crossDisorder, interactions, overlaps, inputs);
    }

    /** The within-region disorder g^mu &gt;= 0: one value for every region, or one per region. */
    public Network disorder(double... g) {
        return new Network(regions, nonlinearity, g == null ? null : g.clone(), crossDisorder, interactions,
                overlaps, inputs);
    }

    /** The cross-region disorder g^{mu nu} &gt;= 0 (R x R, zero diagonal; default none). */
    public Network crossDisorder(double[][] c) {
        return new Network(regions, nonlinearity, disorder, c == null ? null : Arrays2.copy(c), interactions,
                overlaps, inputs);
    }

    /** Explicit effective interactions T[mu][nu][rho] (R x R x R; the config's {@code interactions.tensor}). */
    public Network tensor(double[][][] t) {
        return withInteractions(new Explicit(t == null ? null : Arrays2.copy(t)));
    }

    /**
     * Reciprocal interactions with every sign +1 (the config's {@code interactions.reciprocal}): self-loop
     * strengths a^mu and pair-loop strengths b^mu &gt;= 0.
     */
    public Network reciprocal(double[] a, double[] b) {
        double[] signs = new double[a == null ? 0 : a.length];
        java.util.Arrays.fill(signs, 1.0);
        return reciprocal(a, b, signs);
    }

    /** Reciprocal interactions with signs s^mu = +-1. */
    public Network reciprocal(double[] a, double[] b, double[] signs) {
        if (a == null || b == null || signs == null) {
            throw new InvalidNetworkException("interactions.reciprocal", "a, b and signs must not be null");
        }
        return withInteractions(new Reciprocal(a.clone(), b.clone(), signs.clone()));
    }

    /**
     * Random interactions T i.i.d. N(0, scale^2 / R) drawn from {@code seed} (the config's
     * {@code interactions.random}: the same seed gives the same T).
     */
    public Network random(double scale, long seed) {
        return withInteractions(new Random(scale, seed));
    }

    /** The overlaps U[mu][rho][rho'] (R x R x R, each U^mu symmetric positive-definite; default identity). */
    public Network overlaps(double[][][] u) {
        return new Network(regions, nonlinearity, disorder, crossDisorder, interactions,
                u == null ? null : Arrays2.copy(u), inputs);
    }

    /** The input overlaps V[mu][nu] (R x R; required as soon as inputs are given). */
    public Network inputOverlaps(double[][] v) {
        return withInputs(new Inputs(v == null ? null : Arrays2.copy(v), inputs.amplitude(), inputs.schedule(),
                inputs.gainScaled()));
    }

    /** A constant input I^nu per region from t = 0 on (the config's {@code inputs.amplitude}). */
    public Network constantInput(double... amplitude) {
        return withInputs(new Inputs(inputs.overlaps(), amplitude == null ? null : amplitude.clone(),
                inputs.schedule(), inputs.gainScaled()));
    }

    /** Appends the phase [from, to) with input I^nu to the input schedule (the config's {@code inputs.schedule}). */
    public Network inputPhase(double from, double to, double... amplitude) {
        List<double[]> schedule = new ArrayList<>(inputs.schedule());
        double[] phase = new double[2 + (amplitude == null ? 0 : amplitude.length)];
        phase[0] = from;
        phase[1] = to;
        if (amplitude != null) {
            System.arraycopy(amplitude, 0, phase, 2, amplitude.length);
        }
        schedule.add(phase);
        return withInputs(new Inputs(inputs.overlaps(), inputs.amplitude(), List.copyOf(schedule),
                inputs.gainScaled()));
    }

    /** Appends a last phase from {@code from} until the end of the run. */
    public Network inputFrom(double from, double... amplitude) {
        return inputPhase(from, Double.POSITIVE_INFINITY, amplitude);
    }

    /** Whether the input drive is psi V I (true, the default) or V I (the authors' script). */
    public Network gainScaledInputs(boolean gainScaled) {
        return withInputs(new Inputs(inputs.overlaps(), inputs.amplitude(), inputs.schedule(), gainScaled));
    }

    /**
     * The engines' description of this network.
     *
     * @throws InvalidNetworkException naming the first parameter that is missing or breaks a rule, or
     *     {@code regions} when the R^3 tensors would not fit into the heap
     */
    public NetworkModel build() {
        int r = regions;
        MemoryEstimate tensors = MemoryEstimate.ofNetwork(r);
        if (!tensors.fits(MemoryEstimate.heap())) { // before any R x R x R tensor is built
            try {
                tensors.requireFits();
            } catch (org.mrdmft.failure.InvalidInputException e) {
                throw new InvalidNetworkException(e.input(), e.problem());
            }
        }
        double[] g = disorder(r);
        double[][] cross = new double[r][r];
        if (crossDisorder != null) {
            requireMatrix("crossDisorder", crossDisorder, r);
            cross = NetworkRules.crossDisorder(Arrays2.copy(crossDisorder));
        }
        if (interactions == null) {
            throw new InvalidNetworkException("interactions", "give exactly one of tensor, reciprocal, random; got none");
        }
        double[][][] t = interactions.tensor(r);
        double[][][] u = NetworkModel.identityOverlaps(r);
        if (overlaps != null) {
            requireCube("overlaps.tensor", overlaps, r);
            u = NetworkRules.overlaps(Arrays2.copy(overlaps));
        }
        return new NetworkModel(r, nonlinearity, g, cross, t, u, inputDrive(r));
    }

    private double[] disorder(int r) {
        if (disorder == null) {
            throw new InvalidNetworkException("disorder", "missing; give g for every region or one value for all");
        }
        if (disorder.length != 1 && disorder.length != r) {
            throw new InvalidNetworkException("disorder", "wrong shape: expected one number or " + r
                    + " (one per region), got " + disorder.length);
        }
        double[] g = new double[r];
        for (int mu = 0; mu < r; mu++) {
            g[mu] = NetworkRules.nonNegative(disorder.length == 1 ? "disorder" : "disorder[" + mu + "]",
                    disorder[disorder.length == 1 ? 0 : mu]);
        }
        return g;
    }

    private InputDrive inputDrive(int r) {
        if (!inputs.given()) {
            return InputDrive.none(r);
        }
        boolean constant = inputs.amplitude() != null;
        boolean scheduled = !inputs.schedule().isEmpty();
        if (constant == scheduled) {
            throw new InvalidNetworkException("inputs", "give exactly one of amplitude (constant input) or schedule"
                    + " (phases); got " + (constant ? "both" : "none"));
        }
        if (inputs.overlaps() == null) {
            throw new InvalidNetworkException("inputs.overlaps", "missing; inputs need their overlaps V (R x R)");
        }
        requireMatrix("inputs.overlaps", inputs.overlaps(), r);
        List<InputPhase> phases = new ArrayList<>();
        if (constant) {
            requireLength("inputs.amplitude", inputs.amplitude(), r);
            phases.add(new InputPhase(0.0, Double.POSITIVE_INFINITY, inputs.amplitude()));
        } else {
            List<double[]> schedule = inputs.schedule();
            for (int k = 0; k < schedule.size(); k++) {
                double[] p = schedule.get(k);
                String field = "inputs.schedule[" + k + "]";
                NetworkRules.finite(field + ".from", p[0]);
                double[] amplitude = java.util.Arrays.copyOfRange(p, 2, p.length);
                requireLength(field + ".amplitude", amplitude, r);
                if (!(p[1] == Double.POSITIVE_INFINITY)) {
                    NetworkRules.finite(field + ".to", p[1]);
                }
                phases.add(NetworkRules.phase(k, p[0], p[1], k == schedule.size() - 1, amplitude));
            }
            NetworkRules.schedule(phases);
        }
        return new InputDrive(inputs.overlaps(), phases, inputs.gainScaled());
    }

    private Network withInteractions(Interactions i) {
        return new Network(regions, nonlinearity, disorder, crossDisorder, i, overlaps, inputs);
    }

    private Network withInputs(Inputs i) {
        return new Network(regions, nonlinearity, disorder, crossDisorder, interactions, overlaps, i);
    }

    private static void requireLength(String field, double[] v, int r) {
        if (v == null || v.length != r) {
            throw new InvalidNetworkException(field, "wrong shape: expected " + r + " numbers (one per region), got "
                    + (v == null ? "null" : Integer.toString(v.length)));
        }
        for (int i = 0; i < r; i++) {
            NetworkRules.finite(field + "[" + i + "]", v[i]);
        }
    }

    private static void requireMatrix(String field, double[][] m, int r) {
        if (m == null || m.length != r) {
            throw new InvalidNetworkException(field, "wrong shape: expected R x R = " + r + " x " + r + ", got "
                    + (m == null ? "null" : m.length + " rows"));
        }
        for (int i = 0; i < r; i++) {
            requireLength(field + "[" + i + "]", m[i], r);
        }
    }

    private static void requireCube(String field, double[][][] c, int r) {
        if (c == null || c.length != r) {
            throw new InvalidNetworkException(field, "wrong shape: expected R x R x R = " + r + " x " + r + " x " + r
                    + ", got " + (c == null ? "null" : c.length + " matrices"));
        }
        for (int i = 0; i < r; i++) {
            requireMatrix(field + "[" + i + "]", c[i], r);
        }
    }
}
