package org.mrdmft.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The architecture the project promises, checked on its sources: no package cycles; the engines (model,
 * kernel, dmft, stationary, dynamics, simulation, validation) know neither the config adapter, Jackson nor
 * anything above them; the command line holds no physics (no numerical library beyond the Complex type).
 */
class ArchitectureTest {
    private static final String P = "org.mrdmft.";
    static final Set<String> ENGINES = Set.of(P + "model", P + "kernel", P + "dmft", P + "stationary",
            P + "dynamics", P + "simulation", P + "validation", P + "failure");
    static final Set<String> APP = Set.of(P + "cli", P + "io", P + "io.sweep", P + "plot", P + "plot.style");
    private static final List<String> MODULES = List.of("solver", "simulation", "library", "app");

    private static PackageGraph project() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>();
        for (String m : MODULES) {
            roots.add(root.resolve(m).resolve("src/main/java"));
        }
        return PackageGraph.read("org.mrdmft", roots);
    }

    @Test
    void theSourcesAreFound() {
        assertThat(project().packages()).contains(P + "dmft", P + "simulation", P + "config", P + "cli");
    }

    @Test
    void noPackageCycles() {
        assertThat(project().cycles()).as("packages that depend on each other").isEmpty();
    }

    @Test
    void enginesImportNeitherTheConfigAdapterNorJacksonNorAnythingAbove() {
        PackageGraph g = project();
        List<String> violations = new ArrayList<>();
        for (String pkg : g.packages()) {
            if (!ENGINES.contains(pkg)) {
                continue;
            }
            for (String dep : g.dependencies(pkg)) {
                if (!ENGINES.contains(dep)) {
                    violations.add(pkg + " -> " + dep);
                }
            }
            for (String ext : g.externalImports(pkg)) {
                if (ext.startsWith("com.fasterxml") || ext.startsWith("picocli") || ext.startsWith("io.jhdf")
                        || ext.startsWith("org.knowm")) {
                    violations.add(pkg + " -> " + ext);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCommandLineHoldsNoPhysics() {
        PackageGraph g = project();
        List<String> violations = new ArrayList<>();
        for (String pkg : g.packages()) {
            if (!APP.contains(pkg)) {
                continue;
            }
            for (String ext : g.externalImports(pkg)) {
                boolean numerics = ext.startsWith("org.hipparchus") || ext.startsWith("org.ejml")
                        || ext.startsWith("org.jtransforms");
                if (numerics && !ext.equals("org.hipparchus.complex.Complex")) {
                    violations.add(pkg + " -> " + ext);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckerSeesACycleAndAQualifiedName() {
        PackageGraph g = PackageGraph.read("org.mrdmft", List.of());
        g.add("A.java", "package org.mrdmft.a;\nimport org.mrdmft.b.B;\nclass A {}");
        g.add("B.java", "package org.mrdmft.b;\n// org.mrdmft.c.C in a comment does not count\n"
                + "class B { org.mrdmft.a.A a; }");
        g.add("C.java", "package org.mrdmft.c;\nimport com.fasterxml.jackson.databind.JsonNode;\nclass C {}");
        assertThat(g.cycles()).containsExactly(Set.of("org.mrdmft.a", "org.mrdmft.b"));
        assertThat(g.dependencies("org.mrdmft.b")).containsExactly("org.mrdmft.a");
        assertThat(g.externalImports("org.mrdmft.c")).containsExactly("com.fasterxml.jackson.databind.JsonNode");
        assertThat(PackageGraph.packageOf("org.mrdmft.io.sweep.SweepTable.Row")).isEqualTo("org.mrdmft.io.sweep");
    }
}
