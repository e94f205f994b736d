package org.mrdmft.io;

import io.jhdf.api.Group;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.message.DataSpace;
import io.jhdf.storage.HdfFileChannel;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A dataset being written from a rectangular {@code double[][]} or {@code double[][][]}, or from
 * {@link DoubleBlocks} of any rank, streamed to the file a block at a time through one small buffer with bulk
 * copies. jhdf's own writer walks a nested array by reflection and writes it one innermost row at a time (16
 * bytes for a two-region last axis), which made the two-time matrix of a small solve cost seconds; encoding a
 * large dataset whole first costs as much again in fresh memory. The file is the same (same data type, shape
 * and messages as jhdf writes for the nested array). The layout pass of {@link H5File} writes no data.
 */
final class DoubleArrayDataset extends ContiguousDataset {
    /** Bytes buffered before they are passed to the file (larger for a larger block). */
    static final int CHUNK_BYTES = 1 << 16;

    private final DoubleBlocks blocks;

    DoubleArrayDataset(Group parent, String name, Object data) {
        this(parent, name, data, blocks(data));
    }

    private DoubleArrayDataset(Group parent, String name, Object data, DoubleBlocks blocks) {
        super(parent, name, data, space(blocks.shape()), FloatingPoint.DOUBLE);
        this.blocks = blocks;
    }

    /** Whether {@code data} is an array this dataset writes (a double array of rank 2 or 3, or blocks). */
    static boolean accepts(Object data) {
        return data instanceof double[][] || data instanceof double[][][] || data instanceof DoubleBlocks;
    }

    /** The data space jhdf gives a nested double array of this shape. */
    static DataSpace space(int[] shape) {
        int[] ones = new int[shape.length];
        Arrays.fill(ones, 1);
        return DataSpace.modifyDimensions(DataSpace.fromObject(Array.newInstance(double.class, ones)), shape);
    }

    @Override
    long dataBytes() {
        return getSizeInBytes();
    }

    /** The elements whole (the file's bytes of this dataset); the writer streams them instead. */
    @Override
    ByteBuffer encoded() {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(dataBytes()));
        stream(all::put);
        return all.flip();
    }

    @Override
    void writeData(HdfFileChannel channel, long at) {
        if (channel.getFileChannel() instanceof SizingChannel) {
            return; // the layout pass: only the size counts
        }
        long[] position = {at};
        stream(chunk -> position[0] += channel.write(chunk, position[0]));
    }

    /** Passes the elements, in file order and byte order, to {@code sink} one chunk at a time. */
    private void stream(Consumer<ByteBuffer> sink) {
        int n = blocks.shape()[0];
        int length = blocks.blockLength();
        int blockBytes = Math.multiplyExact(length, Double.BYTES);
        ByteBuffer chunk = ByteBuffer.allocate(Math.max(CHUNK_BYTES, blockBytes))
                .order(((FloatingPoint) getDataType()).getByteOrder());
        DoubleBuffer values = chunk.asDoubleBuffer();
        double[] scratch = new double[length];
        for (int k = 0; k < n; k++) {
            double[] block = blocks.block(k, scratch);
            if (block == null || block.length != length) {
                throw new IllegalArgumentException("dataset " + getName() + " is not rectangular");
            }
            if (values.remaining() < length) {
                sink.accept(chunk.limit(values.position() * Double.BYTES).position(0));
                chunk.clear();
                values.clear();
            }
            values.put(block);
        }
        sink.accept(chunk.limit(values.position() * Double.BYTES).position(0));
    }

    /** Nested arrays as blocks: a row of a matrix, a matrix of a cube (checked to be rectangular). */
    private static DoubleBlocks blocks(Object data) {
        if (data instanceof DoubleBlocks b) {
            return b;
        }
        int[] shape = DataSpace.fromObject(data).getDimensions();
        if (data instanceof double[][] rows) {
            return new Nested(shape, (k, scratch) -> rows[k]);
        }
        double[][][] cube = (double[][][]) data;
        int columns = shape[2];
        return new Nested(shape, (k, scratch) -> {
            double[][] matrix = cube[k];
            if ((long) matrix.length * columns != scratch.length) {
                return null;
            }
            for (int i = 0; i < matrix.length; i++) {
                if (matrix[i].length != columns) {
                    return null;
                }
                System.arraycopy(matrix[i], 0, scratch, i * columns, columns);
            }
            return scratch;
        });
    }

    /** Blocks of a nested array; a block of the wrong length, or null, marks the array as ragged. */
    private record Nested(int[] shape, Block block) implements DoubleBlocks {
        @Override
        public double[] block(int k, double[] scratch) {
            return block.get(k, scratch);
        }
    }

    @FunctionalInterface
    private interface Block {
        double[] get(int k, double[] scratch);
    }
}
