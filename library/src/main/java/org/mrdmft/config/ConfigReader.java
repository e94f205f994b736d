package org.mrdmft.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads YAML or JSON text into a Jackson tree, turning every parse problem into a {@link ConfigException}:
 * malformed text reports line and column, duplicate keys and non-finite numbers ({@code .nan}, {@code .inf},
 * JSON {@code NaN}) report their dotted key path. The tree is built token by token so the path is known.
 */
final class ConfigReader {
    /** The syntax of a config text. */
    enum Format {
        JSON, YAML
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?(\\.?(nan|inf)|infinity)");

    private ConfigReader() {
    }

    /** The format implied by a file name: .json is JSON, .yaml/.yml YAML, anything else null (unknown). */
    static Format formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Format.YAML;
        }
        return null;
    }

    /**
     * Parses a whole config document; it must be a mapping.
     *
     * @param format JSON, YAML, or null to guess (JSON if the text starts with '{', else YAML)
     * @param source what to call the text in messages (a file name)
     */
    static ObjectNode readDocument(String text, Format format, String source) {
        Format f = format != null ? format : (text.stripLeading().startsWith("{") ? Format.JSON : Format.YAML);
        JsonNode tree = read(text, f, "", source);
        if (tree == null) {
            throw new ConfigException("", source + ": the config is empty");
        }
        if (!tree.isObject()) {
            throw new ConfigException("", source + ": the config must be a mapping of keys to values, got "
                    + ConfigNode.describe(tree));
        }
        return (ObjectNode) tree;
    }

    /** Parses one YAML flow value (an override's right-hand side); null if the text is blank. */
    static JsonNode readValue(String text, String path) {
        return read(text, Format.YAML, path, "the value '" + text + "'");
    }

    private static JsonNode read(String text, Format format, String basePath, String source) {
        try (JsonParser p = factory(format).createParser(text)) {
            if (p.nextToken() == null) {
                return null;
            }
            JsonNode node = readNode(p, basePath);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new ConfigException(basePath, source + ": unexpected content after the end at " + where(at));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ConfigException(basePath, source + ": malformed " + format + " at " + where(e.getLocation())
                    + ": " + summary(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(basePath, source + ": cannot read: " + e.getMessage());
        }
    }

    private static JsonFactory factory(Format format) {
        return format == Format.JSON
                ? JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                : YAMLFactory.builder().build();
    }

    private static JsonNode readNode(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = ConfigPaths.child(path, key);
                    if (o.has(key)) {
                        throw new ConfigException(child, "duplicate key (at " + where(p.currentTokenLocation()) + ")");
                    }
                    p.nextToken();
                    o.set(key, readNode(p, child));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(readNode(p, ConfigPaths.index(path, a.size())));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(finiteDouble(p, path));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new ConfigException(path, "unsupported value (" + t + ") at " + where(p.currentTokenLocation()));
        }
    }

    private static double finiteDouble(JsonParser p, String path) throws IOException {
        String text = p.getText();
        double v;
        try {
            v = p.getDoubleValue();
        } catch (JsonProcessingException e) {
            if (NON_FINITE.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
                throw nonFinite(path, text);
            }
            throw e;
        }
        if (!Double.isFinite(v)) {
            throw nonFinite(path, text);
        }
        return v;
    }

    private static ConfigException nonFinite(String path, String text) {
        return new ConfigException(path, "must be a finite number, got " + text);
    }

    private static String where(JsonLocation at) {
        return at == null ? "unknown position" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The first lines of a parser message, without SnakeYAML's source excerpts and caret lines. */
    private static String summary(String message) {
        if (message == null) {
            return "syntax error";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("in '") || s.equals("^") || line.startsWith(" ")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(s);
        }
        return sb.length() == 0 ? message.strip() : sb.toString();
    }
}
