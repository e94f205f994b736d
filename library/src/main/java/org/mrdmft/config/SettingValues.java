package org.mrdmft.config;

import java.util.HashMap;
import java.util.Map;

/**
 * The values of a config section read so far, by key, with the number of regions: what a section's
 * description turns into its settings record, and what a later key's default or check may depend on.
 */
public final class SettingValues {
    private final int regions;
    private final Map<String, Object> values = new HashMap<>();

    /** No values yet, for a network of {@code regions} regions (0 where none apply). */
    public SettingValues(int regions) {
        this.regions = regions;
    }

    /** The number of regions R. */
    public int regions() {
        return regions;
    }

    /** The value of a key read before (null when it has none: an optional key left to the engine). */
    @SuppressWarnings("unchecked")
    public <V> V get(Setting<?, V> key) {
        if (!values.containsKey(key.name())) {
            throw new IllegalStateException(key.name() + " is not read yet");
        }
        return (V) values.get(key.name());
    }

    void put(Setting<?, ?> key, Object value) {
        values.put(key.name(), value);
    }
}
