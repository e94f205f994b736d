package org.mrdmft.io;

import io.jhdf.api.Attribute;
import io.jhdf.api.Node;
import io.jhdf.object.message.DataSpace;
import io.jhdf.object.datatype.DataType;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An attribute being written whose value is a string or an array of strings, stored as variable-length UTF-8
 * ({@link VlenStringType}) so that h5py reads it back as {@code str}. jhdf turns it into an attribute message
 * when the file is flushed, as it does with its own attributes.
 */
final class VlenStringAttribute implements Attribute {
    private final Node node;
    private final String name;
    private final Object value;
    private final DataSpace space;
    private final VlenStringType type;

    /**
     * @param value a {@link String} or a {@code String[]} (of any rank) without nulls
     */
    VlenStringAttribute(Node node, String name, Object value, StringHeap heap) {
        this.node = node;
        this.name = name;
        this.value = value;
        this.space = DataSpace.fromObject(value);
        this.type = new VlenStringType(heap);
        type.encodeData(value); // registers the strings and rejects nulls now rather than at flush
    }

    /** Whether a value is text this attribute stores: a string or an array (of any rank) of strings. */
    static boolean isText(Object value) {
        Class<?> c = value.getClass();
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c == String.class;
    }

    @Override
    public Node getNode() {
        return node;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public long getSize() {
        return space.getTotalLength();
    }

    @Override
    public long getSizeInBytes() {
        return getSize() * type.getSize();
    }

    @Override
    public int[] getDimensions() {
        return space.getDimensions();
    }

    @Override
    public long[] getDimensionsAsLong() {
        return space.getDimensionsAsLong();
    }

    @Override
    public Object getData() {
        return value;
    }

    @Override
    public Class<?> getJavaType() {
        return value.getClass();
    }

    @Override
    public boolean isScalar() {
        return getDimensions().length == 0;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public ByteBuffer getBuffer() {
        return type.encodeData(value);
    }

    @Override
    public DataSpace getDataSpace() {
        return space;
    }

    @Override
    public DataType getDataType() {
        return type;
    }

    @Override
    public String toString() {
        return "VlenStringAttribute{" + name + " = " + (value instanceof Object[] a ? Arrays.deepToString(a) : value)
                + "}";
    }
}
