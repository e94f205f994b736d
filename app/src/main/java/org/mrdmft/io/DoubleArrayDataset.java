package org.mrdmft.io;

import io.jhdf.api.Group;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FloatingPoint;
import java.nio.ByteBuffer;

/**
 * A dataset being written from a rectangular {@code double[][]} or {@code double[][][]}, encoded once into one
 * buffer. jhdf's own writer walks such an array by reflection and writes it one innermost row at a time (16
 * bytes for a two-region last axis), which made the two-time matrix of a small solve cost seconds; the file
 * is the same (same data type, shape and messages).
 */
final class DoubleArrayDataset extends ContiguousDataset {
    private ByteBuffer encoded;

    DoubleArrayDataset(Group parent, String name, Object data) {
        super(parent, name, data, DataType.fromObject(data));
    }

    /** Whether {@code data} is an array this dataset writes (a double array of rank 2 or 3). */
    static boolean accepts(Object data) {
        return data instanceof double[][] || data instanceof double[][][];
    }

    @Override
    ByteBuffer encoded() {
        if (encoded == null) {
            ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(getSizeInBytes()))
                    .order(((FloatingPoint) getDataType()).getByteOrder());
            int[] dims = getDimensions();
            fill(b, getData(), dims[dims.length - 1]);
            if (b.hasRemaining()) {
                throw new IllegalArgumentException("dataset " + getName() + " is not rectangular");
            }
            encoded = b.flip();
        }
        return encoded.duplicate();
    }

    private void fill(ByteBuffer b, Object data, int rowLength) {
        if (data instanceof double[]) {
            double[] row = (double[]) data;
            if (row.length != rowLength) {
                throw new IllegalArgumentException("dataset " + getName() + " is not rectangular");
            }
            for (double x : row) {
                b.putDouble(x);
            }
        } else {
            for (Object sub : (Object[]) data) {
                fill(b, sub, rowLength);
            }
        }
    }
}
