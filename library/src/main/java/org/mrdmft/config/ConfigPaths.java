package org.mrdmft.config;

/** Spelling of dotted key paths in error messages: {@code dmft.dt}, {@code interactions.tensor[1][0]}. */
final class ConfigPaths {
    private ConfigPaths() {
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
