package org.mrdmft.config;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One key of a config section, declared once: its name, value type (the validator), default, unit and
 * one-line description. Reading, the default, the check against earlier keys, the write-back into the
 * resolved config and the row of the config reference (docs/CONFIG.md) all come from it.
 *
 * @param name the key, camelCase
 * @param type how the value is read, checked and written back
 * @param fallback the value of an absent key, from the section's defaults record (the engine's
 *                 {@code defaults()}) and the keys read before; null for "the engine decides"
 * @param required whether the key must be given (then {@code fallback} is unused)
 * @param defaultText the default as the reference states it, or null to print {@code fallback}'s value
 * @param unit the unit of the value, or the empty string
 * @param description what the key sets, one line
 * @param rule a check against the keys read before (whether given or defaulted), or null
 * @param <S> the settings record of the section
 * @param <V> the value
 */
public record Setting<S, V>(String name, ValueType<V> type, BiFunction<S, SettingValues, V> fallback, boolean required,
                            String defaultText, String unit, String description, Rule<V> rule) {
    /** A check of a value against the keys read before it. */
    @FunctionalInterface
    public interface Rule<V> {
        /** Throws a {@link ConfigException} (use {@code node.error(..)}) when {@code value} is not allowed. */
        void check(V value, ConfigNode node, SettingValues earlier);
    }

    /** A key whose default is a field of the section's defaults record. */
    public static <S, V> Setting<S, V> of(String name, ValueType<V> type, Function<S, V> field, String description) {
        return new Setting<>(name, type, (d, v) -> field.apply(d), false, null, "", description, null);
    }

    /** A key with a fixed default (for sections without a settings record, such as sweep files). */
    public static <S, V> Setting<S, V> withDefault(String name, ValueType<V> type, V value, String description) {
        return new Setting<>(name, type, (d, v) -> value, false, null, "", description, null);
    }

    /** An optional key without a value of its own when absent: the engine, or the reader, decides. */
    public static <S, V> Setting<S, V> optional(String name, ValueType<V> type, String defaultText,
                                                String description) {
        return new Setting<>(name, type, (d, v) -> null, false, defaultText, "", description, null);
    }

    /** A key that must be given. */
    public static <S, V> Setting<S, V> required(String name, ValueType<V> type, String description) {
        return new Setting<>(name, type, (d, v) -> null, true, "required", "", description, null);
    }

    /** The same key with a unit. */
    public Setting<S, V> unit(String newUnit) {
        return new Setting<>(name, type, fallback, required, defaultText, newUnit, description, rule);
    }

    /** The same key checked against the keys read before it. */
    public Setting<S, V> checked(Rule<V> newRule) {
        return new Setting<>(name, type, fallback, required, defaultText, unit, description, newRule);
    }

    /** The same key with a default computed from the keys read before it, stated as {@code text}. */
    public Setting<S, V> defaultFrom(Function<SettingValues, V> derived, String text) {
        return new Setting<>(name, type, (d, v) -> derived.apply(v), required, text, unit, description, rule);
    }

    /**
     * The value of this key in {@code section}: read and validated if present, else its default; then checked
     * against the keys read before. Does not record it in {@code earlier}.
     */
    public V read(ConfigNode section, S defaults, SettingValues earlier) {
        ConfigNode node = section.get(name);
        if (required) {
            node.require();
        }
        V value = node.isPresent() ? type.read(node, earlier.regions()) : fallback.apply(defaults, earlier);
        if (value != null && rule != null) {
            rule.check(value, node, earlier);
        }
        return value;
    }
}
