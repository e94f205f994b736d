package org.mrdmft.config;

import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.validation.ValidationSettings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mrdmft.model.InvalidNetworkException;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.NetworkRules;
import org.mrdmft.model.Nonlinearity;

/**
 * Validates a parsed config tree (overrides already applied) against the schema of docs/CONFIG.md and builds the
 * {@link RunConfig}, with the resolved tree: every default filled in, camelCase keys, in schema order.
 * The first problem found is thrown as a {@link ConfigException} naming its dotted key. The keys are described
 * in {@link NetworkKeys} and, per settings section, in {@link ConfigReference#settingsSections()}.
 *
 * <p>{@code crossDisorder}: an R x R matrix of g^{mu nu} &gt;= 0 (default zeros) whose diagonal must be 0: the
 * within-region strength g^{mu mu} is {@code disorder[mu]} alone. (Accepting a diagonal equal to
 * {@code disorder} would make {@code --set disorder=...} fail on such files, so only 0 is accepted.)
 */
final class ConfigResolver {
    static final List<String> TOP_KEYS = ConfigReference.topLevelKeys();

    private ConfigResolver() {
    }

    static RunConfig resolve(ObjectNode tree, String defaultName) {
        try {
            return resolveTree(tree, defaultName);
        } catch (InvalidNetworkException e) { // a rule of NetworkRules, its field spelt as the config's key
            throw new ConfigException(e.field(), e.problem());
        }
    }

    private static RunConfig resolveTree(ObjectNode tree, String defaultName) {
        ConfigNode root = ConfigNode.root(tree).requireMapping(TOP_KEYS);
        ObjectNode out = JsonNodeFactory.instance.objectNode();

        SettingValues network = new SettingValues(0);
        String name = read(NetworkKeys.NAME, root, network);
        out.put("name", name != null ? name : defaultName);
        String description = read(NetworkKeys.DESCRIPTION, root, network);
        if (description != null) {
            out.put("description", description);
        }
        int r = read(NetworkKeys.REGIONS, root, network);
        requireTensorsFit(r);
        out.put("regions", r);
        SettingValues regional = new SettingValues(r);
        Nonlinearity phi = read(NetworkKeys.NONLINEARITY, root, regional);
        out.put("nonlinearity", phi.configName());

        double[] g = read(NetworkKeys.DISORDER, root, regional);
        out.set("disorder", JsonArrays.of(g));
        double[][] cross = crossDisorder(root.get("crossDisorder"), g);
        out.set("crossDisorder", JsonArrays.of(cross));

        InteractionsSection interactions = new InteractionsSection(root.get("interactions"), r);
        out.set("interactions", interactions.resolved);
        OverlapsSection overlaps = new OverlapsSection(root.get("overlaps"), r);
        out.set("overlaps", overlaps.resolved);
        InputsSection inputs = new InputsSection(root.get("inputs"), r);
        if (inputs.resolved != null) {
            out.set("inputs", inputs.resolved);
        }
        DmftSettings dmft = DmftSection.SECTION.read(root.get("dmft"), r, out.putObject("dmft"));
        SimulationSettings simulation = SimulationSection.SECTION.read(root.get("simulation"), r,
                out.putObject("simulation"));
        StationarySettings stationary = StationarySection.SECTION.read(root.get("stationary"), r,
                out.putObject("stationary"));
        ValidationSettings validation = ValidationSection.SECTION.read(root.get("validation"), r,
                out.putObject("validation"));

        NetworkModel model = new NetworkModel(r, phi, g, cross, interactions.tensor, overlaps.tensor, inputs.drive);
        return new RunConfig(name != null ? name : defaultName, model, dmft, simulation, stationary, validation, out);
    }

    /** Bytes the reader holds per entry of an R x R x R tensor: two tensors, as arrays and as resolved JSON. */
    private static final double BYTES_PER_TENSOR_ENTRY = 100.0;

    /**
     * Refuses a number of regions whose R^3 interaction and overlap tensors (read and resolved here, before any
     * later size check) would not fit into the heap: an OutOfMemoryError or a hang while reading otherwise.
     */
    private static void requireTensorsFit(int r) {
        double bytes = BYTES_PER_TENSOR_ENTRY * Math.pow(r, 3);
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new ConfigException("regions", String.format(java.util.Locale.ROOT,
                    "%d regions need R^3 = %.3g tensor entries (about %.3g GB to read), more than the JVM heap of"
                            + " %.3g GB (raise -Xmx through MRDMFT_JAVA_OPTS, or use fewer regions)",
                    r, Math.pow(r, 3), bytes / 1e9, heap / 1e9));
        }
    }

    private static <V> V read(Setting<Void, V> key, ConfigNode root, SettingValues values) {
        V value = key.read(root, null, values);
        values.put(key, value);
        return value;
    }

    private static double[][] crossDisorder(ConfigNode n, double[] g) {
        int r = g.length;
        if (!n.isPresent()) {
            return new double[r][r];
        }
        return NetworkRules.crossDisorder(n.matrix(r, r, ConfigNode.shape(r, 2)));
    }
}
