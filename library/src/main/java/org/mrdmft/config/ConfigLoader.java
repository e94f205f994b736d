package org.mrdmft.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a run configuration (YAML or JSON, the schema of docs/CONFIG.md), applies {@code --set key=value}
 * overrides, validates everything and resolves defaults. Every user error becomes one {@link ConfigException}
 * naming the dotted key and the problem (the first one found); nothing else escapes for bad input.
 *
 * <p>The resolved tree ({@link RunConfig#resolved()}) is what outputs record: it reloads to the same run, and
 * {@link #fingerprint} identifies it independently of key order and file format.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * Loads a config file: {@code .json} is JSON, {@code .yaml}/{@code .yml} YAML, other extensions are
     * sniffed (JSON if the text starts with '{', else YAML). The default name is the file name without extension.
     */
    public static RunConfig load(Path file, List<String> overrides) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return fromTree(readTree(file), defaultName(fileName), overrides);
    }

    /** Parses config text (format sniffed: JSON if it starts with '{', else YAML). */
    public static RunConfig parse(String text, String defaultName, List<String> overrides) {
        return fromTree(ConfigReader.readDocument(text, null, "config"), defaultName, overrides);
    }

    /**
     * Reads a config file into a raw tree without validating it (e.g. as the base of a sweep, which then
     * sets keys with {@link ConfigOverrides#set} and calls {@link #fromTree}).
     */
    public static ObjectNode readTree(Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigException("", file + ": is a directory, not a config file");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("", file + ": config file not found");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException("", file + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new ConfigException("", file + ": cannot read the config file (" + e.getMessage() + ")");
        }
        return ConfigReader.readDocument(text, ConfigReader.formatOf(fileName), fileName);
    }

    /** Applies overrides to a copy of a raw tree, then validates and resolves it. */
    public static RunConfig fromTree(ObjectNode tree, String defaultName, List<String> overrides) {
        ObjectNode copy = tree.deepCopy();
        ConfigOverrides.apply(copy, overrides);
        return ConfigResolver.resolve(copy, defaultName);
    }

    /**
     * A stable identifier of a resolved config: the SHA-256 (hex) of its canonical JSON (keys sorted, numbers
     * normalised), ignoring the free-text {@code description}. Equal for the same content in any key order or
     * format; different as soon as any value differs.
     */
    public static String fingerprint(ObjectNode resolved) {
        ObjectNode copy = resolved.deepCopy();
        copy.remove("description");
        return CanonicalJson.sha256(copy);
    }

    /** The file name without its last extension ({@code runs/a.b.yaml} gives {@code a.b}). */
    static String defaultName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
