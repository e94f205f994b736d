package org.mrdmft.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependencies between the project's packages as the sources state them: imports (plain and static) and
 * fully qualified names in code, comments left out. Also keeps, per package, every external name it imports
 * (Jackson, Hipparchus, ...), so rules about libraries can be checked as well.
 */
final class PackageGraph {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?;",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.mrdmft(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    private final String prefix;
    private final Map<String, Set<String>> edges = new TreeMap<>();
    private final Map<String, Set<String>> externals = new TreeMap<>();
    private final Map<String, Set<String>> files = new TreeMap<>();

    private PackageGraph(String prefix) {
        this.prefix = prefix;
    }

    /** Reads every {@code *.java} file below the given source roots (missing roots are skipped). */
    static PackageGraph read(String prefix, List<Path> sourceRoots) {
        PackageGraph g = new PackageGraph(prefix);
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    g.add(f.toString(), Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }

    /** Adds one source file given as text. */
    void add(String fileName, String source) {
        String code = COMMENTS.matcher(source).replaceAll(" ");
        Matcher pm = PACKAGE.matcher(code);
        if (!pm.find()) {
            return;
        }
        String pkg = pm.group(1);
        edges.computeIfAbsent(pkg, k -> new TreeSet<>());
        files.computeIfAbsent(pkg, k -> new TreeSet<>()).add(fileName);
        Matcher im = IMPORT.matcher(code);
        while (im.find()) {
            String name = im.group(1);
            if (name.startsWith(prefix)) {
                addEdge(pkg, packageOf(name));
            } else if (!name.startsWith("java.") && !name.startsWith("javax.")) {
                externals.computeIfAbsent(pkg, k -> new TreeSet<>()).add(name);
            }
        }
        Matcher qm = QUALIFIED.matcher(code);
        while (qm.find()) {
            addEdge(pkg, qm.group(1));
        }
    }

    private void addEdge(String from, String to) {
        if (!from.equals(to)) {
            edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
    }

    /** The package of a qualified name: the segments before the first one that starts upper case. */
    static String packageOf(String qualifiedName) {
        String[] parts = qualifiedName.split("\\.");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
                break;
            }
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(p);
        }
        return b.toString();
    }

    Set<String> packages() {
        return edges.keySet();
    }

    Set<String> dependencies(String pkg) {
        return edges.getOrDefault(pkg, Set.of());
    }

    Set<String> externalImports(String pkg) {
        return externals.getOrDefault(pkg, Set.of());
    }

    /** The groups of packages that depend on each other in a circle (Tarjan's strongly connected components). */
    List<Set<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : edges.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private void strongConnect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                               Set<String> onStack, List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : dependencies(v)) {
            if (!index.containsKey(w)) {
                strongConnect(w, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }
}
