package org.mrdmft.io;

import io.jhdf.api.Group;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.message.DataSpace;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.Arrays;

/**
 * A dataset being written from a rectangular {@code double[][]} or {@code double[][][]}, or from
 * {@link FlatDoubles} of any rank, encoded once with bulk copies (a row, or the whole flat array, at a time)
 * into one direct buffer, which the file channel writes without copying it first. jhdf's own writer walks a
 * nested array by reflection and writes it one innermost row at a time (16 bytes for a two-region last axis),
 * which made the two-time matrix of a small solve cost seconds; the file is the same (same data type, shape and
 * messages as jhdf writes for the nested array).
 */
final class DoubleArrayDataset extends ContiguousDataset {
    private ByteBuffer encoded;

    DoubleArrayDataset(Group parent, String name, Object data) {
        super(parent, name, data, space(data), FloatingPoint.DOUBLE);
    }

    /** Whether {@code data} is an array this dataset writes (a double array of rank 2 or 3, or flat doubles). */
    static boolean accepts(Object data) {
        return data instanceof double[][] || data instanceof double[][][] || data instanceof FlatDoubles;
    }

    /** The data space jhdf gives the nested array of the same shape. */
    static DataSpace space(Object data) {
        if (data instanceof FlatDoubles flat) {
            int[] ones = new int[flat.rank()];
            Arrays.fill(ones, 1);
            DataSpace template = DataSpace.fromObject(Array.newInstance(double.class, ones));
            return DataSpace.modifyDimensions(template, flat.shape());
        }
        return DataSpace.fromObject(data);
    }

    @Override
    ByteBuffer encoded() {
        if (encoded == null) {
            ByteBuffer b = ByteBuffer.allocateDirect(Math.toIntExact(getSizeInBytes()))
                    .order(((FloatingPoint) getDataType()).getByteOrder());
            DoubleBuffer d = b.asDoubleBuffer();
            if (getData() instanceof FlatDoubles flat) {
                d.put(flat.values());
            } else {
                int[] dims = getDimensions();
                fill(d, getData(), dims[dims.length - 1]);
            }
            if (d.hasRemaining()) {
                throw new IllegalArgumentException("dataset " + getName() + " is not rectangular");
            }
            encoded = b;
        }
        return encoded.duplicate();
    }

    private void fill(DoubleBuffer d, Object data, int rowLength) {
        if (data instanceof double[] row) {
            if (row.length != rowLength || row.length > d.remaining()) {
                throw new IllegalArgumentException("dataset " + getName() + " is not rectangular");
            }
            d.put(row);
        } else {
            for (Object sub : (Object[]) data) {
                fill(d, sub, rowLength);
            }
        }
    }
}
