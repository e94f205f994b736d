package org.mrdmft.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A canonical JSON text of a tree (keys sorted at every level, no whitespace, numbers normalised so that 2,
 * 2.0 and -0.0/0.0 read alike) and its SHA-256, for comparing configs regardless of key order and format.
 */
final class CanonicalJson {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CanonicalJson() {
    }

    static String text(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(canonical(tree));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    static String sha256(JsonNode tree) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text(tree).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            Collections.sort(keys);
            ObjectNode o = NODES.objectNode();
            for (String k : keys) {
                o.set(k, canonical(n.get(k)));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = NODES.arrayNode();
            n.forEach(e -> a.add(canonical(e)));
            return a;
        }
        if (n.isFloatingPointNumber() || n.isBigDecimal()) {
            double v = n.doubleValue();
            if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
                return NODES.numberNode((long) v);
            }
            return NODES.numberNode(v);
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return NODES.numberNode(n.longValue());
        }
        return n;
    }
}
