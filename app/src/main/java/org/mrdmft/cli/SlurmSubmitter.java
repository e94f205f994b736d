package org.mrdmft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mrdmft.io.sweep.SlurmScripts;

/**
 * Submits the scripts of a sweep with {@code sbatch --parsable}: the job array, then the merge job with
 * {@code --dependency=afterok:<array job id>}. The program is {@code sbatch} on the PATH, or the environment
 * variable {@code MRDMFT_SBATCH}. A missing program or a refused submission is a user error.
 *
 * @param sbatch the sbatch program
 */
record SlurmSubmitter(String sbatch) {

    /** The job ids of a submission. */
    record Submitted(String arrayJob, String mergeJob) {
    }

    /** {@code $MRDMFT_SBATCH}, or {@code sbatch}. */
    static SlurmSubmitter fromEnvironment() {
        String s = System.getenv("MRDMFT_SBATCH");
        return new SlurmSubmitter(s == null || s.isBlank() ? "sbatch" : s);
    }

    /** Submits the array, then the merge after it. */
    Submitted submit(SlurmScripts.Written scripts) throws IOException, InterruptedException {
        String later = "; submit later with " + scripts.submit();
        String array = run(List.of("--parsable", scripts.array().toString()), later);
        String merge = run(List.of("--parsable", "--dependency=afterok:" + array, scripts.merge().toString()),
                " (the array job " + array + " was submitted; submit the merge with: sbatch --dependency=afterok:"
                        + array + " " + scripts.merge() + ")");
        return new Submitted(array, merge);
    }

    /** Runs sbatch and returns the job id it printed ({@code id} or {@code id;cluster}); {@code hint} ends errors. */
    private String run(List<String> args, String hint) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(sbatch);
        cmd.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            throw new UserInputException("--submit: cannot run '" + sbatch + "' (is Slurm installed here? Submit "
                    + "from a Slurm login node): " + e.getMessage() + hint);
        }
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream()).strip();
        int code = p.waitFor();
        if (code != 0) {
            String why = err.join().strip();
            throw new UserInputException("--submit: " + sbatch + " " + String.join(" ", args) + " failed (exit "
                    + code + ")" + (why.isEmpty() ? "" : ": " + why) + hint);
        }
        String id = out.lines().reduce((a, b) -> b).orElse("").split(";")[0].strip();
        if (!id.matches("\\d+")) {
            throw new UserInputException("--submit: " + sbatch + " printed no job id: '" + out + "'" + hint);
        }
        return id;
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
