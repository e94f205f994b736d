package org.mrdmft.config;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * The declarative description of one config section ({@code dmft:}, {@code simulation:}, ...): its keys in
 * order and how their values make the engine's settings record. Reads a section (absent = all defaults),
 * writes its resolved form, and renders its reference table for docs/CONFIG.md.
 *
 * <p>A new setting is a field of the engine's record (with its value in {@code defaults()}) and one
 * {@link Setting} here: its line in the key list and its argument in {@code build}. Then rewrite the tables
 * of docs/CONFIG.md (ConfigReferenceTest says how).
 *
 * @param name the section's key in the config
 * @param defaults the engine's defaults record, which the keys' defaults are taken from
 * @param settings the keys, in reading and writing order (a key's default or check may use earlier keys)
 * @param build the settings record from the values of every key
 * @param <S> the settings record
 */
public record SettingsSection<S>(String name, S defaults, List<Setting<S, ?>> settings,
                                 Function<SettingValues, S> build) {
    public SettingsSection {
        settings = List.copyOf(settings);
    }

    /** The key names, in order. */
    public List<String> keys() {
        return settings.stream().map(Setting::name).toList();
    }

    /**
     * Reads the section under {@code section} (absent = all defaults), writes its resolved form into
     * {@code out} and builds the settings record.
     */
    public S read(ConfigNode section, int regions, ObjectNode out) {
        return build.apply(readValues(section, regions, out));
    }

    /** Reads every key in order (see {@link #read}) without building the record. */
    public SettingValues readValues(ConfigNode section, int regions, ObjectNode out) {
        if (section.isPresent()) {
            section.requireMapping(keys());
        }
        SettingValues values = new SettingValues(regions);
        for (Setting<S, ?> s : settings) {
            Object value = readOne(s, section, values, out);
            values.put(s, value);
        }
        return values;
    }

    private <V> V readOne(Setting<S, V> s, ConfigNode section, SettingValues values, ObjectNode out) {
        V value = s.read(section, defaults, values);
        out.set(s.name(), value == null ? NullNode.getInstance() : s.type().write(value));
        return value;
    }

    /** The default of a key as the reference states it. */
    public <V> String defaultText(Setting<S, V> s) {
        if (s.defaultText() != null) {
            return s.defaultText();
        }
        V value = s.fallback().apply(defaults, new SettingValues(0));
        return "`" + ConfigReference.valueText(s.type().write(value)) + "`";
    }
}
