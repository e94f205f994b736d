package org.mrdmft.io.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mrdmft.config.ConfigException;
import org.mrdmft.io.OutputConflictException;

/**
 * The Slurm scripts of a sweep split into {@code tasks} shards, written to {@code DIR/slurm/}:
 * {@code sweep.sbatch}, a job array whose task K runs shard K/N into {@code DIR/shard-K-of-N/};
 * {@code merge.sbatch}, which joins the shards into DIR (where an unsharded run writes); and
 * {@code submit.sh}, which submits both, the merge with {@code --dependency=afterok:<array job>}. The scripts
 * are plain bash: with {@code SLURM_ARRAY_TASK_ID} set by hand they also run without Slurm.
 *
 * @param name the sweep's name (the jobs are named after it)
 * @param command the absolute command that starts mrdmft (java, its options, -jar or -cp)
 * @param sweepFile the sweep file
 * @param out the sweep's output directory DIR
 * @param tasks number of array tasks (shards), at least 1
 * @param threads rows solved at once per task; null: {@code $SLURM_CPUS_PER_TASK} (1 when unset)
 * @param force whether the tasks and the merge get {@code --force}
 * @param sbatchOptions extra {@code #SBATCH --key=value} lines (value empty for a flag), in both scripts
 */
public record SlurmScripts(String name, List<String> command, Path sweepFile, Path out, int tasks, Integer threads,
                           boolean force, Map<String, String> sbatchOptions) {
    /** The scripts' directory inside DIR. */
    public static final String DIRECTORY = "slurm";
    /** Keys that mrdmft sets itself. */
    private static final List<String> RESERVED = List.of("array", "dependency", "parsable", "wrap");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

    public SlurmScripts {
        if (tasks < 1) {
            throw new ConfigException("--slurm", "must be a number of tasks >= 1, got " + tasks);
        }
        command = List.copyOf(command);
        sweepFile = sweepFile.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        sbatchOptions = new LinkedHashMap<>(sbatchOptions);
        for (String p : List.of(sweepFile.toString(), out.toString())) {
            if (p.chars().anyMatch(c -> c < ' ' || c == 127)) {
                throw new ConfigException("--slurm", "a path with control characters cannot go into a Slurm "
                        + "script: " + p.replaceAll("\\p{Cntrl}", "?"));
            }
        }
    }

    /** The three files written. */
    public record Written(Path array, Path merge, Path submit) {
    }

    /**
     * Parses {@code --sbatch-option} values, {@code KEY=VALUE} or {@code KEY} (a flag such as
     * {@code exclusive}), a leading {@code --} allowed.
     */
    public static Map<String, String> parseOptions(List<String> keyValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String kv : keyValues) {
            String text = kv.strip().replaceFirst("^--", "");
            int eq = text.indexOf('=');
            String key = eq < 0 ? text : text.substring(0, eq);
            String value = eq < 0 ? "" : text.substring(eq + 1);
            if (!KEY.matcher(key).matches()) {
                throw new ConfigException("--sbatch-option", "must be KEY=VALUE with an sbatch option name as "
                        + "KEY (e.g. partition=short, time=1:00:00), got '" + kv + "'");
            }
            if (RESERVED.contains(key)) {
                throw new ConfigException("--sbatch-option", "'" + key + "' is set by mrdmft itself");
            }
            if (!value.chars().allMatch(c -> c > ' ' && c != 127)) {
                throw new ConfigException("--sbatch-option", "the value of '" + key
                        + "' must not contain spaces or control characters, got '" + value + "'");
            }
            options.put(key, value);
        }
        return options;
    }

    /** {@code DIR/slurm}. */
    public Path directory() {
        return out.resolve(DIRECTORY);
    }

    /** {@code DIR/slurm/logs}, where the jobs' output goes. */
    public Path logs() {
        return directory().resolve("logs");
    }

    /** The job array script. */
    public String arrayScript() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("job-name", jobName());
        o.put("array", "0-" + (tasks - 1));
        o.put("output", logs().resolve("sweep-%A_%a.out").toString());
        if (threads != null) {
            o.put("cpus-per-task", Integer.toString(threads));
        }
        o.putAll(sbatchOptions);
        String threadsArg = threads != null ? quote(threads.toString()) : "\"${SLURM_CPUS_PER_TASK:-1}\"";
        return "#!/bin/bash\n"
                + "# mrdmft sweep '" + name + "' as a Slurm job array: task K runs shard K/" + tasks + " into\n"
                + "# " + out.resolve("shard-K-of-" + tasks) + "/. Submit with " + directory().resolve("submit.sh")
                + "\n# (the merge job then runs after every task has succeeded).\n"
                + "# Without Slurm: SLURM_ARRAY_TASK_ID=K bash " + directory().resolve("sweep.sbatch") + "\n"
                + sbatchLines(o)
                + "set -euo pipefail\n"
                + "task=\"${SLURM_ARRAY_TASK_ID:?is not set: submit this script with sbatch, or set it to the "
                + "shard 0.." + (tasks - 1) + "}\"\n"
                + "exec " + shell(command) + " sweep " + quote(sweepFile.toString()) + " --out "
                + quote(out.toString()) + " --shard \"$task/" + tasks + "\" --threads " + threadsArg
                + (force ? " --force" : "") + "\n";
    }

    /** The merge script. */
    public String mergeScript() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("job-name", jobName() + "-merge");
        o.put("output", logs().resolve("merge-%j.out").toString());
        o.putAll(sbatchOptions);
        o.remove("cpus-per-task");
        return "#!/bin/bash\n"
                + "# mrdmft sweep '" + name + "': merges the " + tasks + " shards " + out.resolve("shard-K-of-" + tasks)
                + "/\n# into " + out + "/, the table an unsharded run writes.\n"
                + sbatchLines(o)
                + "set -euo pipefail\n"
                + "shards=()\n"
                + "for ((k = 0; k < " + tasks + "; k++)); do shards+=(" + quote(out.toString()) + "\"/shard-$k-of-"
                + tasks + "\"); done\n"
                + "exec " + shell(command) + " sweep merge --out " + quote(out.toString()) + (force ? " --force" : "")
                + " \"${shards[@]}\"\n";
    }

    /** The submission script: the array, then the merge depending on it. */
    public String submitScript() {
        return "#!/bin/bash\n"
                + "# Submits the job array " + directory().resolve("sweep.sbatch") + " (" + tasks + " tasks), then\n"
                + "# " + directory().resolve("merge.sbatch") + " once every task has succeeded.\n"
                + "set -euo pipefail\n"
                + "sbatch=\"${MRDMFT_SBATCH:-sbatch}\"\n"
                + "array=$(\"$sbatch\" --parsable " + quote(directory().resolve("sweep.sbatch").toString()) + ")\n"
                + "array=${array%%;*}\n"
                + "merge=$(\"$sbatch\" --parsable --dependency=afterok:\"$array\" "
                + quote(directory().resolve("merge.sbatch").toString()) + ")\n"
                + "echo \"array job $array (" + tasks + " tasks), merge job ${merge%%;*}: results in \""
                + quote(out.toString()) + "\n";
    }

    /**
     * Writes the three scripts (each atomically) and creates the log directory. An existing script with other
     * contents is replaced only with {@code replace}; identical ones are left alone.
     *
     * @throws OutputConflictException if a script differs and {@code replace} is false
     */
    public Written write(boolean replace) throws IOException {
        Written w = new Written(directory().resolve("sweep.sbatch"), directory().resolve("merge.sbatch"),
                directory().resolve("submit.sh"));
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(w.array(), arrayScript());
        files.put(w.merge(), mergeScript());
        files.put(w.submit(), submitScript());
        if (!replace) {
            for (var f : files.entrySet()) {
                if (Files.exists(f.getKey()) && !f.getValue().equals(Files.readString(f.getKey()))) {
                    throw new OutputConflictException(f.getKey() + " exists and differs (another sweep or other "
                            + "settings); choose another directory with --out DIR or replace it with --force");
                }
            }
        }
        Files.createDirectories(logs());
        for (var f : files.entrySet()) {
            writeAtomically(f.getKey(), f.getValue());
        }
        return w;
    }

    /** One shell word: the text in single quotes. */
    public static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String shell(List<String> words) {
        return words.stream().map(SlurmScripts::quote).collect(Collectors.joining(" "));
    }

    private String jobName() {
        return "mrdmft-" + name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String sbatchLines(Map<String, String> options) {
        StringBuilder b = new StringBuilder();
        // sbatch reads a double-quoted value as one (paths with spaces)
        options.forEach((k, v) -> b.append("#SBATCH --").append(k)
                .append(v.isEmpty() ? "" : v.matches(".*\\s.*") ? "=\"" + v + "\"" : "=" + v).append('\n'));
        return b.toString();
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: run the scripts with bash
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
