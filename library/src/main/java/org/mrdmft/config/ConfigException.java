package org.mrdmft.config;

/**
 * A user error in a configuration: names the offending key (dotted path) and the problem.
 * The CLI turns it into one line on stderr and exit code 2.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public ConfigException(String key, String problem) {
        super(key == null || key.isEmpty() ? problem : key + ": " + problem);
        this.key = key;
    }

    /** The dotted config key at fault, or empty when the problem concerns the whole file. */
    public String key() {
        return key == null ? "" : key;
    }
}
