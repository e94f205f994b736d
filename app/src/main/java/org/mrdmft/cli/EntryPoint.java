package org.mrdmft.cli;

import org.mrdmft.io.Provenance;

/**
 * The jar's main class. A lone {@code --version} (or {@code -V}) is answered here, before {@link Main} and
 * picocli are loaded (verifying {@link Main} alone loads picocli classes, and picocli's Java 5 bytecode cannot
 * go into the launcher's class-data-sharing archive); everything else goes to {@link Main}, a solve after starting
 * its {@link SolveWarmup}.
 */
public final class EntryPoint {
    private EntryPoint() {
    }

    /** Entry point of the jar. */
    public static void main(String[] args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            System.out.println(Provenance.detect().describe());
            System.exit(0);
        }
        SolveWarmup.startFor(args);
        Main.main(args);
    }
}
