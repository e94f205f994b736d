package org.mrdmft.io;

import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;
import java.util.List;

/**
 * A group of an HDF5 file being written (jhdf) whose every dataset describes itself, so that a reader never
 * guesses: each dataset gets the attributes {@code description} (what it is), {@code units} ({@link #ONE}
 * for dimensionless numbers, {@link #TIME} for times and lags) and {@code axes} (one name per dimension,
 * as an array of strings, checked against the data's rank). Time (or lag) is the first axis of every time
 * series. Lists are written as arrays, never joined into one string.
 *
 * <p>Text attributes (strings and arrays of strings) are variable-length UTF-8 HDF5 strings kept in the file's
 * {@link StringHeap}, so h5py hands them back as {@code str} (arrays of {@code str}); {@link H5File} writes them.
 */
public final class H5Group {
    /** Units of a dimensionless number. */
    public static final String ONE = "1";
    /** Units of times, lags and time steps: the single-neuron time constant (docs/MODEL.md section 1). */
    public static final String TIME = "tau (neuronal time constant)";
    /** Units of a rate. */
    public static final String RATE = "1/tau (neuronal time constant)";
    /** Units of a 0/1 flag stored as an integer (HDF5 has no boolean type). */
    public static final String FLAG = "1 (1 = true, 0 = false)";
    /** Units of a 1-based label (region, fixed point, draw, point). */
    public static final String LABEL = "1 (label, counted from 1)";

    /** The indexing and layout rules, stored in every file's root attribute {@code conventions}. */
    public static final String CONVENTIONS = "Regions, fixed points, draws, lag slices and sweep points are "
            + "labelled from 1 wherever a number names them (group names, label datasets, CSV columns, the "
            + "screen); array positions are 0-based as in every language that reads them, so region mu is "
            + "index mu - 1 of a region axis. Every dataset has the attributes description, units and axes "
            + "(one name per dimension); time or lag is the first axis of every series; times are in units of "
            + "the neuronal time constant tau.";

    private final WritableGroup group;
    private final StringHeap heap;

    /** Wraps a group (or the file's root) whose text goes to the file's string heap. */
    H5Group(WritableGroup group, StringHeap heap) {
        this.group = group;
        this.heap = heap;
    }

    /**
     * Writes a dataset with its description, units and axis names.
     *
     * @param data a Java array of rank at least 1 (rank = number of axes; text arrays are stored as variable-length
     *     strings), or {@link DoubleBlocks} (rank = its number of axes); scalars are not written as datasets,
     *     since jhdf cannot write the empty {@code axes} array a scalar would need
     * @throws IllegalArgumentException when the number of axis names differs from the data's rank
     */
    public WritableDataset put(String name, Object data, String units, String description, String... axes) {
        int rank = rank(data);
        if (rank == 0 || rank != axes.length) {
            throw new IllegalArgumentException("dataset " + name + " has rank " + rank + " but " + axes.length
                    + " axis names " + List.of(axes));
        }
        Object node = data;
        if (VlenStringAttribute.isText(data)) {
            node = new VlenStringDataset(group, name, data, heap);
        } else if (DoubleArrayDataset.accepts(data)) {
            node = new DoubleArrayDataset(group, name, data);
        }
        WritableDataset d = group.putDataset(name, node);
        text(d, "description", description);
        text(d, "units", units);
        text(d, "axes", axes.clone());
        return d;
    }

    /** A subgroup with a {@code description} attribute. */
    public H5Group group(String name, String description) {
        WritableGroup g = group.putGroup(name);
        text(g, "description", description);
        return new H5Group(g, heap);
    }

    /** Writes an attribute (a string, a number, or an array of either; lists as arrays). */
    public void attribute(String name, Object value) {
        attribute(group, name, value);
    }

    /** A list of strings as an attribute array. */
    public void attribute(String name, List<String> values) {
        attribute(name, (Object) values.toArray(String[]::new));
    }

    private void attribute(WritableNode node, String name, Object value) {
        if (VlenStringAttribute.isText(value)) {
            text(node, name, value);
        } else {
            node.putAttribute(name, value);
        }
    }

    private void text(WritableNode node, String name, Object value) {
        node.getAttributes().put(name, new VlenStringAttribute(node, name, value, heap));
    }

    /** The rank of a Java array or of {@link DoubleBlocks} (0 for a scalar). */
    static int rank(Object data) {
        if (data instanceof DoubleBlocks blocks) {
            return blocks.shape().length;
        }
        int rank = 0;
        Class<?> c = data.getClass();
        while (c.isArray()) {
            rank++;
            c = c.getComponentType();
        }
        return rank;
    }

    /** [a][b] to [b][a]. */
    public static double[][] transpose(double[][] m) {
        if (m.length == 0) {
            return new double[0][0];
        }
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /** [a][b][c] to [c][a][b]: moves the last (time) axis to the front. */
    public static double[][][] timeFirst(double[][][] m) {
        int a = m.length;
        int b = a == 0 ? 0 : m[0].length;
        int c = b == 0 ? 0 : m[0][0].length;
        double[][][] t = new double[c][a][b];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) {
                for (int k = 0; k < c; k++) {
                    t[k][i][j] = m[i][j][k];
                }
            }
        }
        return t;
    }

    /**
     * The root attributes every result file carries: {@code conventions}, {@code timeUnit}, the resolved
     * config (JSON text), version, git commit, schema version and config fingerprint.
     */
    public void provenance(String configJson, Provenance provenance, String fingerprint) {
        attribute("conventions", CONVENTIONS);
        attribute("timeUnit", TIME);
        attribute("config", configJson);
        attribute("version", provenance.version());
        attribute("gitCommit", provenance.gitCommit());
        attribute("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
        attribute(SummaryJsonWriter.FINGERPRINT_KEY, fingerprint);
    }
}
