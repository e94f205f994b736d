package org.mrdmft.sweep;

import org.mrdmft.config.ConfigException;

/**
 * A deterministic part of a sweep: the rows whose index is {@code k} modulo {@code n} (0-based k).
 * {@code 0/1} is the whole sweep.
 *
 * @param k this shard, 0 &lt;= k &lt; n
 * @param n number of shards
 */
public record Shard(int k, int n) {
    /** The whole sweep. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (n < 1 || k < 0 || k >= n) {
            throw new ConfigException("--shard", "must be K/N with 0 <= K < N, got " + k + "/" + n);
        }
    }

    /** Parses {@code K/N}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ConfigException("--shard", "must be K/N with 0 <= K < N (e.g. 0/4), got '" + text + "'");
    }

    /** Whether the row belongs to this shard. */
    public boolean contains(int row) {
        return row % n == k;
    }

    /** The shard's directory name inside the sweep directory, {@code shard-K-of-N}. */
    public String directoryName() {
        return "shard-" + k + "-of-" + n;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
