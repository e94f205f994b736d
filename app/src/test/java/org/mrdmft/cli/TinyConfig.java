package org.mrdmft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small, fast two-region config (Nt = 200) for command-line tests. */
final class TinyConfig {
    static final int STEPS = 200;
    static final String YAML = """
            name: tiny
            regions: 2
            disorder: [0.5, 0.5]
            interactions:
              reciprocal: {a: [0.0, 0.0], b: [2.0, 2.0], signs: [1, 1]}
            dmft:
              dt: 0.05
              steps: 200
            """;

    private TinyConfig() {
    }

    static Path write(Path dir) throws IOException {
        return Files.writeString(dir.resolve("tiny.yaml"), YAML);
    }
}
