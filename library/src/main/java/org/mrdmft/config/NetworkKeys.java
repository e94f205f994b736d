package org.mrdmft.config;

import java.util.List;
import org.mrdmft.model.Nonlinearity;

/**
 * The top-level keys of a run config that describe the network (docs/MODEL.md section 1): the reader's
 * validators and the rows of the network table in docs/CONFIG.md. {@code crossDisorder} and the nested
 * sections (interactions, overlaps, inputs) are read by {@link ConfigResolver} and their own classes.
 */
final class NetworkKeys {
    static final Setting<Void, String> NAME = Setting.optional("name", ValueTypes.NAME,
            "the file name without its extension", "the run's name, also its default output directory out/NAME/");
    static final Setting<Void, String> DESCRIPTION = Setting.optional("description", ValueTypes.TEXT, "none",
            "free text, kept in the resolved config and ignored by the fingerprint");
    static final Setting<Void, Integer> REGIONS = Setting.required("regions", ValueTypes.intAtLeast(1),
            "the number of regions R");
    static final Setting<Void, Nonlinearity> NONLINEARITY = Setting.withDefault("nonlinearity",
            ValueTypes.choice(Nonlinearity.values(), Nonlinearity::configName), Nonlinearity.ERF,
            "phi: erf(sqrt(pi) x / 2) or tanh(x), both with slope 1 at 0");
    static final Setting<Void, double[]> DISORDER = Setting.required("disorder", ValueTypes.NON_NEGATIVE_PER_REGION,
            "g^mu, the strength of each region's own random connectivity");
    /** Documented here; read with its rules (zero diagonal) by {@link ConfigResolver}. */
    static final Setting<Void, double[][]> CROSS_DISORDER = Setting.optional("crossDisorder",
            ValueTypes.describedAs("R x R numbers >= 0, zero diagonal", ValueTypes.MATRIX), "zeros",
            "g^{mu nu}, random connectivity from region nu to region mu (mu != nu)");
    static final Setting<Void, ConfigNode> INTERACTIONS = Setting.required("interactions",
            ValueTypes.describedAs("exactly one of `tensor`, `reciprocal`, `random`", ValueTypes.RAW),
            "the structured interactions T[mu][nu][rho] (see below)");
    static final Setting<Void, ConfigNode> OVERLAPS = Setting.optional("overlaps",
            ValueTypes.describedAs("`tensor`: R x R x R numbers", ValueTypes.RAW), "identity for every region",
            "U[mu][rho][rho'], the overlaps of the loading vectors within each region");
    static final Setting<Void, ConfigNode> INPUTS = Setting.optional("inputs",
            ValueTypes.describedAs("`overlaps` and one of `amplitude`, `schedule`", ValueTypes.RAW), "none",
            "external input to the regions (see below)");

    static final SettingsSection<Void> SECTION = new SettingsSection<>("network", null,
            List.of(NAME, DESCRIPTION, REGIONS, NONLINEARITY, DISORDER, CROSS_DISORDER, INTERACTIONS, OVERLAPS,
                    INPUTS), v -> null);

    private NetworkKeys() {
    }
}
