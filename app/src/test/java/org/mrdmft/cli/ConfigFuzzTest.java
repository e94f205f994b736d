package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.sweep.SweepSpecReader;

/**
 * Fuzz test of the inputs a user writes: seeded mutations of every example config ({@code examples/*.yaml}) and
 * sweep file ({@code examples/sweeps/*.yaml}), in YAML and in JSON. A mutation deletes or duplicates a key, gives
 * a value the wrong type, an extreme or a non-finite number or the wrong shape, truncates the file or writes
 * random bytes into it. Every case must end as a user would want: exit 0, or exit 2 with exactly one line
 * {@code mrdmft: error: ...}; never exit 1 (an internal error), a stack trace, an escaped {@link Error} or a hang
 * (each case has a timeout). Exit 3 ({@code mrdmft: numerical failure: ...}) is accepted only for a mutation
 * that wrote a finite extreme number into a file that then loads: a valid config that diverges. Every other
 * mutation (non-finite numbers, wrong types, ...) must be refused before anything is computed.
 *
 * <p>To fit a few thousand cases into well under a minute, most cases only load and check the mutated file
 * exactly as the command line does before it computes anything ({@link ConfigLoader#load} for configs,
 * {@link SweepSpecReader#readPlan} for sweeps; a failure is then classified by
 * {@link ErrorReporter} itself, so its exit code and line are the command line's). Loading is where every
 * mutation of the file is seen. One case in {@value #FULL_RUN_EVERY} runs the whole command in process
 * ({@code solve}, {@code simulate} or {@code sweep} through {@link Main} with captured streams) on a copy of the
 * example made cheap first (at most {@value #CAP_STEPS} steps, few stationary starts, neurons and sweep points,
 * see {@link #cheap});
 * those cases skip mutations that only make a run long (a huge number of steps, neurons, draws or grid points, or
 * a deleted setting whose default is large), whose refusal belongs to the size estimates, but the load-only
 * cases include them. The summary line on stderr gives the count of cases, the time and any case over 3 s.
 *
 * <p>The seeds are fixed, so the test is deterministic; a failure prints its seed, the mutation, the outcome and
 * the mutated file, and {@link #REGRESSIONS} keeps every seed that once failed.
 */
class ConfigFuzzTest {
    /** Number of seeded cases (seeds 0 .. CASES - 1). */
    static final int CASES = 3000;
    /** One case in this many runs the whole command; the others load and check the file. */
    static final int FULL_RUN_EVERY = 16;
    static final int CAP_STEPS = 200;
    private static final long LOAD_TIMEOUT_SECONDS = 10;
    private static final long RUN_TIMEOUT_SECONDS = 60;
    /** Cases run at once: one per core, at least two. */
    private static final int PARALLEL = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Seeds that failed once (with the class of problem they found); run first, always. */
    static final long[] REGRESSIONS = {
        52, 892, 1210, 1767, // regions: 2^31 - 1, 10^8, 65536: OutOfMemoryError or a hang reading R^3 tensors
        223, // a leadingEigenvalue target at 0 (scale |lambda| = 0): Hipparchus' chi^2 CDF of infinity, exit 1
    };

    private static final Set<String> SIZE_KEYS = Set.of("steps", "starts", "neurons", "duration", "draws",
            "linspace", "regions", "maxTries", "lags", "points");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NON_FINITE_MARK = "NONFINITE0MARK";
    private static final Pattern PROGRESS = Pattern.compile("mrdmft: [a-z]+ \\d+% .*|mrdmft: [\\w -]+: working, \\d+ s");

    private static ExecutorService executor;

    @TempDir
    Path tmp;

    /** What a mutation does to the file. */
    enum Kind {
        DELETE_KEY, DUPLICATE_KEY, WRONG_TYPE, EXTREME_NUMBER, HUGE_SIZE, NON_FINITE, WRONG_SHAPE, TRUNCATE,
        RANDOM_BYTES
    }

    /** One example file: a run config or a sweep file, with its parsed tree. */
    record Source(Path path, boolean sweep, ObjectNode tree) {
        String name() {
            return path.getFileName().toString();
        }
    }

    /** A mutated file ready to run, with what was done to it. */
    record Case(long seed, Source source, boolean json, Kind kind, String what, byte[] bytes, boolean fullRun) {
        String text() {
            String t = new String(bytes, StandardCharsets.UTF_8);
            return t.length() > 3000 ? t.substring(0, 3000) + "\n... (" + t.length() + " characters)" : t;
        }

        String describe() {
            return "seed " + seed + ": " + source.name() + " as " + (json ? "JSON" : "YAML") + ", " + kind + " ("
                    + what + ")" + (fullRun ? ", full run" : ", load only");
        }
    }

    /** The exit code and streams of one case. */
    record Outcome(int code, String out, String err, Throwable escaped) {
    }

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void everyMutatedExampleEndsInExitZeroOrOneLineUserError() throws Exception {
        List<Source> sources = sources();
        List<Long> seeds = new ArrayList<>();
        Arrays.stream(REGRESSIONS).forEach(seeds::add);
        for (long s = 0; s < CASES; s++) {
            seeds.add(s);
        }
        List<String> failures = new ArrayList<>();
        int[] codes = new int[4];
        int full = 0;
        long start = System.nanoTime();
        long[] nanos = new long[2 * sources.size()];
        // cases are independent (own directory, own streams): PARALLEL run at once, judged in seed order
        ArrayDeque<Running> running = new ArrayDeque<>();
        int cases = 0;
        for (int i = 0; i < seeds.size() || !running.isEmpty(); ) {
            if (i < seeds.size() && running.size() < PARALLEL && failures.size() < 20) {
                Case c = mutate(seeds.get(i++), sources);
                full += c.fullRun() ? 1 : 0;
                running.add(start(c));
                continue;
            }
            if (running.isEmpty()) {
                break;
            }
            Running r = running.poll();
            String failure = finish(r, codes);
            cases++;
            long took = System.nanoTime() - r.startNanos();
            nanos[2 * sources.indexOf(r.c().source()) + (r.c().fullRun() ? 1 : 0)] += took;
            if (took > 3_000_000_000L) {
                System.err.printf(Locale.ROOT, "ConfigFuzzTest: slow case (%.1f s) %s%n", took / 1e9,
                        r.c().describe());
            }
            if (failure != null) {
                failures.add(failure);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "ConfigFuzzTest: %d cases (%d full runs, %d at a time) in %.1f s: exit 0 %d,"
                + " exit 2 %d, exit 3 %d%n", cases, full, PARALLEL, seconds, codes[0], codes[2], codes[3]);
        for (int i = 0; i < sources.size(); i++) {
            System.err.printf(Locale.ROOT, "  %s: load %.1f s, run %.1f s (case time, summed)%n",
                    sources.get(i).name(), nanos[2 * i] / 1e9, nanos[2 * i + 1] / 1e9);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " fuzz case(s) failed (add each seed to REGRESSIONS once fixed):\n\n"
                    + String.join("\n\n", failures));
        }
    }

    /** A case started on the executor, in its own directory. */
    record Running(Case c, Path dir, Future<Outcome> future, long startNanos) {
    }

    private Running start(Case c) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("case-" + c.seed()));
        return new Running(c, dir, executor.submit(() -> run(c, dir)), System.nanoTime());
    }

    /**
     * Waits for a started case (its timeout counts from its start) and judges it: null when it ended cleanly,
     * else the failure message with the seed and the file.
     */
    private static String finish(Running r, int[] codes) throws IOException, InterruptedException {
        Case c = r.c();
        Outcome o;
        long timeout = c.fullRun() ? RUN_TIMEOUT_SECONDS : LOAD_TIMEOUT_SECONDS;
        long left = TimeUnit.SECONDS.toNanos(timeout) - (System.nanoTime() - r.startNanos());
        try {
            o = r.future().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            r.future().cancel(true);
            return failure(c, "no answer within " + timeout + " s (a hang)");
        } catch (ExecutionException e) {
            o = new Outcome(-1, "", "", e.getCause());
        } finally {
            deleteTree(r.dir());
        }
        String problem = problem(c, o);
        if (problem != null) {
            return failure(c, problem + "\nexit " + o.code() + "\nstdout: " + o.out() + "\nstderr: " + o.err()
                    + (o.escaped() == null ? "" : "\nescaped: " + stackTrace(o.escaped())));
        }
        codes[o.code()]++;
        return null;
    }

    private static String problem(Case c, Outcome o) {
        if (o.escaped() != null) {
            return "a throwable escaped the command line";
        }
        List<String> lines = o.err().isEmpty() ? List.of()
                : Arrays.stream(o.err().split("\\R")).filter(l -> !PROGRESS.matcher(l).matches()).toList();
        if (o.err().contains("Exception") || o.err().contains("\tat ") || o.err().contains("internal error")) {
            return "a stack trace or an internal error";
        }
        switch (o.code()) {
            case 0:
                return null;
            case 2:
                if (lines.size() != 1 || !lines.get(0).startsWith("mrdmft: error: ")) {
                    return "exit 2 without exactly one line 'mrdmft: error: ...'";
                }
                return o.out().isEmpty() ? null : "exit 2 with output on stdout";
            case 3:
                if (c.kind() != Kind.EXTREME_NUMBER) {
                    return "a numerical failure from a mutation that must be refused up front";
                }
                if (lines.size() != 1 || !lines.get(0).startsWith("mrdmft: numerical failure: ")) {
                    return "exit 3 without exactly one line 'mrdmft: numerical failure: ...'";
                }
                return null;
            default:
                return "exit " + o.code();
        }
    }

    private static String failure(Case c, String problem) {
        return c.describe() + ": " + problem + "\n--- mutated file ---\n" + c.text();
    }

    /** Runs a case: the whole command in process, or the loading and checking the command does first. */
    private static Outcome run(Case c, Path dir) throws IOException {
        Path file = dir.resolve(baseName(c.source()) + (c.json() ? ".json" : ".yaml"));
        Files.write(file, c.bytes());
        if (c.source().sweep()) {
            // a sweep's base named by path is read beside the sweep file; it is unmutated (and cheap in full runs)
            Path base = c.source().path().resolveSibling("fig5-base.yaml");
            String text = Files.readString(base, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("fig5-base.yaml"),
                    c.fullRun() ? YAML.writeValueAsString(cheap(YAML.readTree(text), false)) : text);
        }
        if (c.fullRun()) {
            Path out = dir.resolve("out");
            CliRun r = c.source().sweep()
                    ? CliRun.of("sweep", file.toString(), "--out", out.toString(), "--threads", "1")
                    : CliRun.of(c.seed() % 3 == 0 ? "simulate" : "solve", file.toString(), "--out", out.toString());
            return new Outcome(r.code(), r.out(), r.err(), null);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = 0;
        try {
            if (c.source().sweep()) {
                SweepSpecReader.readPlan(file);
            } else {
                Main.userInput(() -> ConfigLoader.load(file, List.of()));
            }
        } catch (Exception e) {
            code = new ErrorReporter(new PrintStream(err, true, StandardCharsets.UTF_8), false)
                    .handleExecutionException(e, null, null);
            if (code == ErrorReporter.INTERNAL_ERROR) {
                return new Outcome(code, "", err.toString(StandardCharsets.UTF_8), e);
            }
        }
        return new Outcome(code, "", err.toString(StandardCharsets.UTF_8), null);
    }

    private static String baseName(Source s) {
        String n = s.name();
        return n.substring(0, n.lastIndexOf('.'));
    }

    // ---- the mutations ----

    static Case mutate(long seed, List<Source> sources) throws IOException {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + 17);
        Source source = sources.get(r.nextInt(sources.size()));
        boolean json = r.nextBoolean();
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        boolean fullRun = r.nextInt(FULL_RUN_EVERY) == 0 && kind != Kind.HUGE_SIZE;
        ObjectNode tree = source.tree().deepCopy();
        if (fullRun) {
            tree = cheap(tree, source.sweep());
        }
        String what;
        byte[] bytes;
        switch (kind) {
            case DELETE_KEY -> {
                // in a full run, deleting a small setting would bring back its default: a long run, not a fault
                Slot s = fullRun ? randomSlot(tree, r, (n, slot) -> !SIZE_KEYS.contains(slot.name())
                        && !slot.path().matches("(base\\.)?(simulation|stationary|dmft|draws)(\\..*)?"))
                        : randomSlot(tree, r, n -> true);
                if (s.parent() instanceof ObjectNode o) {
                    o.remove(s.key());
                } else {
                    ((ArrayNode) s.parent()).remove(s.index());
                }
                what = "deleted " + s.path();
                bytes = write(tree, json);
            }
            case DUPLICATE_KEY -> {
                String text = new String(write(tree, json), StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>(List.of(text.split("\n")));
                Pattern member = json ? Pattern.compile("^\\s*\"[^\"]+\"\\s*:\\s*[^\\[{]*,$")
                        : Pattern.compile("^\\s*-?\\s*[A-Za-z][A-Za-z0-9]*:\\s*\\S.*$");
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (member.matcher(lines.get(i)).matches()) {
                        candidates.add(i);
                    }
                }
                int i = candidates.get(r.nextInt(candidates.size()));
                String copy = lines.get(i).replaceFirst("^(\\s*)-", "$1 ");
                lines.add(i + 1, copy);
                what = "duplicated line " + (i + 1) + ": " + copy.strip();
                bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            }
            case WRONG_TYPE -> {
                JsonNode[] wrong = {NODES.textNode("abc"), NODES.textNode("1.5"), NODES.booleanNode(true),
                    NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), NODES.objectNode().put("x", 1),
                    NODES.numberNode(1.5), NODES.numberNode(3), NODES.textNode("")};
                Slot s = randomSlot(tree, r, n -> true);
                JsonNode w = wrong[r.nextInt(wrong.length)];
                s.set(w);
                what = s.path() + " := " + w;
                bytes = write(tree, json);
            }
            case EXTREME_NUMBER, HUGE_SIZE -> {
                double[] extremes = {1e308, -1e308, 1e100, -1e100, 1e-308, 4.9e-324, -4.9e-324, 0.0, -0.0, -1.0,
                    1e15, 1.7976931348623157e308, -1e-300};
                long[] huge = {100_000_000L, 2_147_483_647L, 2_147_483_648L, Long.MAX_VALUE, 1_000_000_000_000L,
                    65_536L};
                Slot s = randomSlot(tree, r, n -> n.isNumber());
                boolean sizeKey = SIZE_KEYS.contains(s.name());
                if (kind == Kind.HUGE_SIZE) {
                    JsonNode v = r.nextBoolean() ? NODES.numberNode(huge[r.nextInt(huge.length)])
                            : NODES.numberNode(new java.math.BigInteger("99999999999999999999999"));
                    s.set(v);
                    what = s.path() + " := " + v;
                } else {
                    double v = extremes[r.nextInt(extremes.length)];
                    if (fullRun && sizeKey && Math.abs(v) > 1e4) {
                        v = -v; // a long run is not this test's business: a negative size instead
                    }
                    s.set(NODES.numberNode(v));
                    what = s.path() + " := " + v;
                }
                bytes = write(tree, json);
            }
            case NON_FINITE -> {
                Slot s = randomSlot(tree, r, n -> n.isNumber());
                s.set(NODES.textNode(NON_FINITE_MARK));
                String[] tokens = json ? new String[] {"NaN", "Infinity", "-Infinity", "+Infinity"}
                        : new String[] {".nan", ".inf", "-.inf", ".NaN", "+.Inf", ".INF"};
                String token = tokens[r.nextInt(tokens.length)];
                String text = new String(write(tree, json), StandardCharsets.UTF_8)
                        .replaceAll("[\"']?" + NON_FINITE_MARK + "[\"']?", Matcher.quoteReplacement(token));
                what = s.path() + " := " + token;
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
            case WRONG_SHAPE -> {
                Slot s = randomSlot(tree, r, n -> n.isArray() || n.isNumber());
                JsonNode n = s.get();
                JsonNode shaped;
                if (n.isNumber()) {
                    shaped = r.nextBoolean() ? NODES.arrayNode().add(n) : NODES.arrayNode().add(n).add(n).add(n);
                } else {
                    ArrayNode a = ((ArrayNode) n).deepCopy();
                    switch (r.nextInt(5)) {
                        case 0 -> {
                            if (!a.isEmpty()) {
                                a.remove(r.nextInt(a.size()));
                            }
                        }
                        case 1 -> a.add(a.isEmpty() ? NODES.numberNode(1) : a.get(0).deepCopy());
                        case 2 -> a = NODES.arrayNode().add(a);
                        case 3 -> a.removeAll();
                        default -> {
                            if (!a.isEmpty()) {
                                a.set(r.nextInt(a.size()), NODES.arrayNode().add(1).add(2));
                            }
                        }
                    }
                    shaped = a;
                }
                s.set(shaped);
                what = s.path() + " := " + shaped;
                bytes = write(tree, json);
            }
            case TRUNCATE -> {
                byte[] all = write(tree, json);
                int cut = r.nextInt(all.length);
                what = "cut at byte " + cut + " of " + all.length;
                bytes = Arrays.copyOf(all, cut);
            }
            default -> {
                byte[] all = write(tree, json);
                if (r.nextInt(4) == 0) {
                    bytes = new byte[r.nextInt(200)];
                    r.nextBytes(bytes);
                    what = bytes.length + " random bytes";
                } else {
                    bytes = all.clone();
                    int k = 1 + r.nextInt(8);
                    for (int i = 0; i < k; i++) {
                        bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
                    }
                    what = k + " random bytes replaced";
                }
            }
        }
        return new Case(seed, source, json, kind, what, bytes, fullRun);
    }

    /** A place in the tree holding a value: a key of a mapping or an index of a list. */
    record Slot(JsonNode parent, String key, int index, String path) {
        JsonNode get() {
            return parent instanceof ObjectNode o ? o.get(key) : parent.get(index);
        }

        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        /** The nearest key name (of the mapping holding this value or its list). */
        String name() {
            String[] parts = path.split("\\.");
            for (int i = parts.length - 1; i >= 0; i--) {
                if (!parts[i].matches("\\d+")) {
                    return parts[i];
                }
            }
            return "";
        }
    }

    /** A uniformly chosen slot whose value satisfies the filter (any slot if none does). */
    private static Slot randomSlot(ObjectNode tree, Random r, java.util.function.Predicate<JsonNode> filter) {
        return randomSlot(tree, r, (n, slot) -> filter.test(n));
    }

    /** A uniformly chosen slot satisfying the filter of its value and itself (any slot if none does). */
    private static Slot randomSlot(ObjectNode tree, Random r,
            java.util.function.BiPredicate<JsonNode, Slot> filter) {
        List<Slot> all = new ArrayList<>();
        collect(tree, "", all);
        List<Slot> fit = all.stream().filter(s -> filter.test(s.get(), s)).toList();
        List<Slot> pool = fit.isEmpty() ? all : fit;
        return pool.get(r.nextInt(pool.size()));
    }

    private static void collect(JsonNode node, String path, List<Slot> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                into.add(new Slot(node, e.getKey(), -1, p));
                collect(e.getValue(), p, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "." + i;
                into.add(new Slot(node, null, i, p));
                collect(node.get(i), p, into);
            }
        }
    }

    /**
     * A cheap copy of an example for a full run: at most CAP_STEPS steps, 4 stationary starts, a small short
     * simulation, one value per sweep {@code linspace} and 1 draw.
     */
    static ObjectNode cheap(JsonNode example, boolean sweep) {
        ObjectNode t = example.deepCopy();
        if (sweep) {
            t.put("draws", 1);
            if (t.get("base") instanceof ObjectNode base) {
                t.set("base", cheap(base, false));
            }
            for (JsonNode axis : t.path("axes")) {
                capLinspaces(axis);
            }
            return t;
        }
        if (t.get("dmft") instanceof ObjectNode dmft && dmft.path("steps").asInt() > CAP_STEPS) {
            dmft.put("steps", CAP_STEPS);
        }
        if (t.get("stationary") instanceof ObjectNode st) {
            st.put("starts", Math.min(4, st.path("starts").asInt(4)));
        }
        ObjectNode sim = t.putObject("simulation");
        sim.put("neurons", 40);
        sim.put("duration", 5.0);
        sim.put("draws", 1);
        return t;
    }

    private static void capLinspaces(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("linspace") && e.getValue() instanceof ArrayNode a && a.size() == 3) {
                    a.set(2, NODES.numberNode(1));
                } else {
                    capLinspaces(e.getValue());
                }
            });
        }
    }

    private static byte[] write(JsonNode tree, boolean json) {
        try {
            return (json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n"
                    : YAML.writeValueAsString(tree)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every example config and sweep file, in a fixed order. */
    static List<Source> sources() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("examples/sweeps"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new AssertionError("examples/sweeps not found above " + System.getProperty("user.dir"));
        }
        List<Source> sources = new ArrayList<>();
        for (String dir : List.of("examples", "examples/sweeps")) {
            try (Stream<Path> files = Files.list(root.resolve(dir))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    ObjectNode tree = (ObjectNode) YAML.readTree(Files.readString(p, StandardCharsets.UTF_8));
                    sources.add(new Source(p, tree.has("axes"), tree));
                }
            }
        }
        if (sources.size() < 6) {
            throw new AssertionError("expected the example configs and sweep files, found " + sources);
        }
        return sources;
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        String s = w.toString();
        return s.length() > 2500 ? s.substring(0, 2500) + "..." : s;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
