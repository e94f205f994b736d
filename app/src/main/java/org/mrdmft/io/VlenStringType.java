package org.mrdmft.io;

import io.jhdf.object.datatype.DataType;
import io.jhdf.storage.HdfBackingStorage;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The HDF5 datatype "variable-length UTF-8 string" (datatype class 9, string type, null-terminated padding,
 * 1-byte unsigned characters), for writing with jhdf. Readers such as h5py return these as text ({@code str}),
 * where jhdf's own fixed-length strings come back as bytes. Each element is encoded as a heap ID (byte length,
 * address of the file's {@link StringHeap}, object index), so the element size is fixed and the file layout
 * does not depend on where the heap ends up. Write-only: reading is jhdf's own {@code VariableLength}.
 */
final class VlenStringType extends DataType {
    private static final int CLASS_VARIABLE_LENGTH = 9;
    /** uint32 length + 8-byte heap address + uint32 object index. */
    private static final int ELEMENT_SIZE = 16;

    private final StringHeap heap;

    VlenStringType(StringHeap heap) {
        super(CLASS_VARIABLE_LENGTH, ELEMENT_SIZE);
        this.heap = heap;
        classBits.set(0); // type 1 = string; padding 0 = null-terminated
        classBits.set(8); // character set 1 = UTF-8
    }

    @Override
    public Class<?> getJavaType() {
        return String.class;
    }

    @Override
    public Object fillData(ByteBuffer buffer, int[] dimensions, HdfBackingStorage storage) {
        throw new UnsupportedOperationException("write-only datatype; jhdf reads variable-length strings itself");
    }

    /** The datatype message: this type, then its base type, an unsigned 8-bit little-endian integer. */
    @Override
    public ByteBuffer toBuffer() {
        ByteBuffer own = toBufferBuilder().build();
        ByteBuffer b = ByteBuffer.allocate(own.remaining() + 12).order(ByteOrder.LITTLE_ENDIAN);
        b.put(own);
        b.put((byte) 0x10).put(new byte[3]).putInt(1); // fixed point, version 1, little-endian, unsigned; 1 byte
        b.putShort((short) 0).putShort((short) 8); // bit offset 0, precision 8
        b.flip();
        return b;
    }

    /** Heap IDs of a string or of an array of strings of any rank, in row-major order. */
    @Override
    public ByteBuffer encodeData(Object data) {
        ByteBuffer b = ByteBuffer.allocate(ELEMENT_SIZE * count(data)).order(ByteOrder.LITTLE_ENDIAN);
        encode(data, b);
        b.flip();
        return b;
    }

    private void encode(Object data, ByteBuffer b) {
        if (data == null) {
            throw new IllegalArgumentException("a null string cannot be written to HDF5");
        }
        if (data instanceof String s) {
            int object = heap.add(s);
            b.putInt(heap.length(object)).putLong(heap.address()).putInt(object);
        } else {
            for (int i = 0; i < Array.getLength(data); i++) {
                encode(Array.get(data, i), b);
            }
        }
    }

    private static int count(Object data) {
        if (data == null || data instanceof String) {
            return 1;
        }
        int n = 0;
        for (int i = 0; i < Array.getLength(data); i++) {
            n += count(Array.get(data, i));
        }
        return n;
    }
}
