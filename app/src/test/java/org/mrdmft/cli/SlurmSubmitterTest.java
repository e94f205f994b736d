package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.io.sweep.SlurmScripts;

/** Submission through a stand-in sbatch that records its arguments. */
class SlurmSubmitterTest {
    @TempDir
    Path tmp;

    private Path fakeSbatch(String body) throws IOException {
        Path p = tmp.resolve("sbatch");
        Files.writeString(p, "#!/bin/bash\necho \"$*\" >> " + SlurmScripts.quote(tmp.resolve("calls").toString())
                + "\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private SlurmScripts.Written written() {
        Path d = tmp.resolve("out/slurm");
        return new SlurmScripts.Written(d.resolve("sweep.sbatch"), d.resolve("merge.sbatch"), d.resolve("submit.sh"));
    }

    @Test
    void theMergeJobDependsOnTheArrayJob() throws Exception {
        Path sbatch = fakeSbatch("n=$(wc -l < " + SlurmScripts.quote(tmp.resolve("calls").toString())
                + ")\necho \"$((40 + n));local\"");
        SlurmSubmitter.Submitted s = new SlurmSubmitter(sbatch.toString()).submit(written());
        assertThat(s).isEqualTo(new SlurmSubmitter.Submitted("41", "42"));
        assertThat(Files.readAllLines(tmp.resolve("calls"))).containsExactly(
                "--parsable " + written().array(),
                "--parsable --dependency=afterok:41 " + written().merge());
    }

    @Test
    void aRefusedSubmissionIsAUserErrorWithSbatchsReason() throws Exception {
        Path sbatch = fakeSbatch("echo 'sbatch: error: Batch job submission failed: Invalid partition name "
                + "specified' >&2\nexit 1");
        assertThatThrownBy(() -> new SlurmSubmitter(sbatch.toString()).submit(written()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("failed (exit 1): sbatch: error: Batch job submission failed: Invalid partition")
                .hasMessageContaining("submit later with " + written().submit());
        assertThat(Files.readAllLines(tmp.resolve("calls"))).hasSize(1);
    }

    @Test
    void noJobIdIsAUserError() throws Exception {
        Path sbatch = fakeSbatch("echo 'Submitted batch job'");
        assertThatThrownBy(() -> new SlurmSubmitter(sbatch.toString()).submit(written()))
                .isInstanceOf(UserInputException.class).hasMessageContaining("printed no job id");
    }

    @Test
    void aMissingSbatchIsAUserError() {
        assertThatThrownBy(() -> new SlurmSubmitter(tmp.resolve("no-such-sbatch").toString()).submit(written()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("--submit: cannot run '" + tmp.resolve("no-such-sbatch") + "'")
                .hasMessageContaining("is Slurm installed here?");
    }

    @Test
    void onlyHeapStackAndXxOptionsArePassedToTasks() {
        assertThat(MrdmftCommand.jvmOptions(List.of("-javaagent:/x/jacoco.jar=destfile=a", "-Xmx4g",
                "-XX:LoopUnrollLimit=200", "-Dfoo=bar", "-agentlib:jdwp=transport=dt_socket", "-Xss2m")))
                .containsExactly("-Xmx4g", "-XX:LoopUnrollLimit=200", "-Xss2m");
        assertThat(MrdmftCommand.jvmOptions(List.of("-Xmx1g"))).containsExactly("-XX:LoopUnrollLimit=400", "-Xmx1g");
    }

    @Test
    void theLaunchersStartUpArchiveIsNotPassedToTasks() {
        assertThat(MrdmftCommand.jvmOptions(List.of("-XX:LoopUnrollLimit=400", "-XX:SharedArchiveFile=/r/app/target/mrdmft.jsa",
                "-XX:ArchiveClassesAtExit=/r/app/target/mrdmft.jsa.12", "-Xlog:cds*=off", "-Xmx8g")))
                .containsExactly("-XX:LoopUnrollLimit=400", "-Xmx8g");
    }
}
