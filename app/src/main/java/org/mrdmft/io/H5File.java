package org.mrdmft.io;

import io.jhdf.Superblock;
import io.jhdf.WritableGroupImpl;
import io.jhdf.WritableHdfFile;
import io.jhdf.exceptions.HdfWritingException;
import io.jhdf.storage.HdfFileChannel;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An HDF5 file being written whose text attributes are variable-length UTF-8 strings, so that h5py returns
 * {@code str} rather than {@code bytes}. The tree is jhdf's ({@link H5Group} wraps its groups); only the
 * flush is done here, because jhdf 0.13.0 writes no global heap: the tree is laid out once into a
 * {@link SizingChannel} to learn where it ends, then written with the string heap's address at that end (the
 * layout does not depend on the value), the heap collection is appended, and the superblock records the new
 * end of file. The writes go through a {@link WriteCombiningChannel}, since jhdf issues one per innermost row.
 */
public final class H5File implements AutoCloseable {
    private final Path path;
    private final StringHeap heap = new StringHeap();
    private final WritableGroupImpl root = new WritableGroupImpl(null, "/");

    private H5File(Path path) {
        this.path = path;
    }

    /** Starts a file at {@code path} (written, replacing any file there, on {@link #close()}). */
    public static H5File create(Path path) {
        return new H5File(path);
    }

    /** The root group. */
    public H5Group root() {
        return new H5Group(root, heap);
    }

    /** Writes the file. */
    @Override
    public void close() {
        Superblock.SuperblockV2V3 superblock = new Superblock.SuperblockV2V3();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ, StandardOpenOption.TRUNCATE_EXISTING);
                WriteCombiningChannel combined = new WriteCombiningChannel(channel)) {
            HdfFileChannel out = new HdfFileChannel(combined, superblock);
            long end = WritableHdfFile.ROOT_GROUP_ADDRESS;
            if (heap.isEmpty()) {
                end = root.write(out, end);
            } else {
                try (SizingChannel sizing = new SizingChannel()) {
                    heap.address(root.write(new HdfFileChannel(sizing, superblock), end));
                }
                end = root.write(out, end);
                if (end != heap.address()) {
                    throw new IllegalStateException("HDF5 layout changed between passes: " + heap.address() + " vs "
                            + end);
                }
                end += out.write(heap.collection(), end);
            }
            combined.truncate(end);
            out.write(superblock.toBuffer(end), 0L);
        } catch (IOException e) {
            throw new HdfWritingException("cannot write " + path, e);
        }
    }
}
