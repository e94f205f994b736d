package org.mrdmft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.sweep.ShardMerger;
import org.mrdmft.io.sweep.SweepOutput;
import org.mrdmft.plot.SweepHeatmap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft sweep merge [--out DIR] DIR...}: joins the finished shards of a sweep into the table of the
 * unsharded sweep. Each DIR is a shard directory or a sweep directory holding {@code shard-K-of-N/}.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Merge the shards of a sweep into one output identical to an unsharded run.",
            "Each DIR is a shard directory or the sweep directory holding shard-K-of-N/ subdirectories."})
final class SweepMergeCommand implements Callable<Integer> {
    @ParentCommand
    private SweepCommand sweep;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard directories or their parent.")
    private List<Path> dirs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: the single parent DIR given).")
    private Path out;

    @Option(names = "--force", description = "Replace results of a different sweep in the output directory.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        Path target = out;
        if (target == null) {
            if (dirs.size() != 1) {
                throw new UserInputException("sweep merge: give --out DIR when merging several directories");
            }
            target = dirs.get(0);
        }
        List<Path> shards = ShardMerger.shardDirectories(dirs);
        SweepOutput.Written w = ShardMerger.merge(shards, target,
                force ? OutputDirectory.Overwrite.ALWAYS : OutputDirectory.Overwrite.SAME_CONFIG,
                SweepHeatmap::labelMaps);
        sweep.console().out().printf(Locale.ROOT, "merged %d shards: %d rows in %s%n", shards.size(),
                w.table().rows().size(), w.directory());
        return 0;
    }
}
