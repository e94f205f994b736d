package org.mrdmft.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference tables of docs/CONFIG.md, rendered from the sections' descriptions so that the documents
 * cannot drift from what the reader accepts. A test compares them with the file and can rewrite it.
 */
public final class ConfigReference {
    private ConfigReference() {
    }

    /** The network keys (top level of a run config). */
    public static SettingsSection<Void> network() {
        return NetworkKeys.SECTION;
    }

    /** The settings sections of a run config, in file order: dmft, simulation, stationary, validation. */
    public static List<SettingsSection<?>> settingsSections() {
        return List.of(DmftSection.SECTION, SimulationSection.SECTION, StationarySection.SECTION,
                ValidationSection.SECTION);
    }

    /** The keys allowed at the top level of a run config: the network keys, then the settings sections. */
    public static List<String> topLevelKeys() {
        List<String> keys = new ArrayList<>(NetworkKeys.SECTION.keys());
        settingsSections().forEach(s -> keys.add(s.name()));
        return List.copyOf(keys);
    }

    /** A Markdown table of a section's keys: key, value, default, unit, meaning. */
    public static <S> String table(SettingsSection<S> section) {
        List<String> lines = new ArrayList<>();
        lines.add("| key | value | default | unit | meaning |");
        lines.add("| --- | --- | --- | --- | --- |");
        for (Setting<S, ?> s : section.settings()) {
            lines.add("| " + String.join(" | ", List.of("`" + s.name() + "`", s.type().describe(),
                    section.defaultText(s), s.unit(), s.description()).stream().map(ConfigReference::cell).toList())
                    + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    /** A table cell: a '|' of the text escaped so that it does not end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** A value as the reference prints it: 0.05, 1e-12, 200, [0, 1, 2], transient, none for null. */
    public static String valueText(JsonNode value) {
        if (value == null || value.isNull()) {
            return "none";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(e -> parts.add(valueText(e)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (value.isFloatingPointNumber()) {
            double v = value.doubleValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return Double.toString(v).replace("E", "e").replace(".0e", "e");
        }
        return value.asText();
    }
}
