package org.mrdmft.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The type of one config value: how it is read and validated from a present node, how it is written back
 * into the resolved config, and how the config reference (docs/CONFIG.md) names it. The common types are in
 * {@link ValueTypes}; run configs and sweep files share them so the same problem gets the same message.
 *
 * @param <V> the Java value
 */
public interface ValueType<V> {
    /**
     * Reads a present node, or throws a {@link ConfigException} naming its path.
     *
     * @param regions the number of regions R, for per-region shapes (0 where there are none)
     */
    V read(ConfigNode node, int regions);

    /** The value as written into the resolved config. */
    JsonNode write(V value);

    /** What the value is, for the reference tables ("number > 0", "`rk4` | `euler`"). */
    String describe();
}
