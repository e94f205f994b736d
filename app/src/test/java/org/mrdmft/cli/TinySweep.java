package org.mrdmft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A 2 x 3 grid over the tiny config (Nt = 200) with 2 draws: 12 rows. */
final class TinySweep {
    static final String YAML = """
            name: tiny-grid
            base: tiny.yaml
            axes:
              - {key: disorder, values: [0.5, 1.5]}
              - {key: interactions.reciprocal.b.0, linspace: [1.0, 2.0, 3]}
            draws: 2
            seed: 3
            """;

    private TinySweep() {
    }

    static Path write(Path dir) throws IOException {
        TinyConfig.write(dir);
        return Files.writeString(dir.resolve("grid.yaml"), YAML);
    }
}
