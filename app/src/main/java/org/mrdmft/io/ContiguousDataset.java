package org.mrdmft.io;

import io.jhdf.AbstractWritableNode;
import io.jhdf.ObjectHeader;
import io.jhdf.api.Attribute;
import io.jhdf.api.Group;
import io.jhdf.api.NodeType;
import io.jhdf.api.WritableDataset;
import io.jhdf.filter.PipelineFilterWithData;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.message.AttributeInfoMessage;
import io.jhdf.object.message.AttributeMessage;
import io.jhdf.object.message.DataLayout;
import io.jhdf.object.message.DataLayoutMessage.ContiguousDataLayoutMessage;
import io.jhdf.object.message.DataSpace;
import io.jhdf.object.message.DataSpaceMessage;
import io.jhdf.object.message.DataTypeMessage;
import io.jhdf.object.message.FillValueMessage;
import io.jhdf.object.message.Message;
import io.jhdf.storage.HdfFileChannel;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dataset being written whose elements this package encodes itself, stored contiguously: text as
 * variable-length strings ({@link VlenStringDataset}), numbers in one piece ({@link DoubleArrayDataset}).
 * Handed to jhdf's {@code putDataset} as a ready dataset; its object header has the same messages as jhdf's
 * contiguous datasets.
 */
abstract class ContiguousDataset extends AbstractWritableNode implements WritableDataset {
    private final Object data;
    private final DataSpace space;
    private final DataType type;

    ContiguousDataset(Group parent, String name, Object data, DataType type) {
        this(parent, name, data, DataSpace.fromObject(data), type);
    }

    ContiguousDataset(Group parent, String name, Object data, DataSpace space, DataType type) {
        super(parent, name);
        this.data = data;
        this.space = space;
        this.type = type;
    }

    /** The elements as the file stores them, from position 0 to the limit. */
    abstract ByteBuffer encoded();

    /** The number of bytes the elements take in the file. */
    long dataBytes() {
        return encoded().remaining();
    }

    /** Writes the elements at {@code at}. */
    void writeData(HdfFileChannel channel, long at) {
        channel.write(encoded(), at);
    }

    @Override
    public long write(HdfFileChannel channel, long position) {
        long size = dataBytes();
        List<Message> messages = messages(ContiguousDataLayoutMessage.create(position, size));
        long dataAddress = position + new ObjectHeader.ObjectHeaderV2(position, messages).toBuffer().limit();
        messages = messages(ContiguousDataLayoutMessage.create(dataAddress, size));
        channel.write(new ObjectHeader.ObjectHeaderV2(position, messages).toBuffer(), position);
        writeData(channel, dataAddress);
        return dataAddress + size;
    }

    private List<Message> messages(ContiguousDataLayoutMessage layout) {
        List<Message> messages = new ArrayList<>();
        messages.add(DataTypeMessage.create(type));
        messages.add(DataSpaceMessage.create(space));
        messages.add(FillValueMessage.NO_FILL);
        messages.add(layout);
        if (!getAttributes().isEmpty()) {
            messages.add(AttributeInfoMessage.create());
            for (Map.Entry<String, Attribute> a : getAttributes().entrySet()) {
                messages.add(AttributeMessage.create(a.getKey(), a.getValue()));
            }
        }
        return messages;
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
    public long getStorageInBytes() {
        return getSizeInBytes();
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
    public boolean isScalar() {
        return getDimensions().length == 0;
    }

    @Override
    public boolean isEmpty() {
        return getSize() == 0;
    }

    @Override
    public boolean isCompound() {
        return false;
    }

    /** False: fixed-size elements, unless a subclass says otherwise. */
    @Override
    public boolean isVariableLength() {
        return false;
    }

    @Override
    public long[] getMaxSize() {
        return getDimensionsAsLong();
    }

    @Override
    public DataLayout getDataLayout() {
        return DataLayout.CONTIGUOUS;
    }

    @Override
    public Object getData() {
        return data;
    }

    @Override
    public Object getDataFlat() {
        throw new UnsupportedOperationException("a dataset being written; read the file with HdfFile");
    }

    @Override
    public Object getData(long[] offset, int[] dimensions) {
        throw new UnsupportedOperationException("a dataset being written; read the file with HdfFile");
    }

    @Override
    public Class<?> getJavaType() {
        return type.getJavaType();
    }

    @Override
    public DataType getDataType() {
        return type;
    }

    @Override
    public Object getFillValue() {
        return null;
    }

    @Override
    public List<PipelineFilterWithData> getFilters() {
        return List.of();
    }

    @Override
    public NodeType getType() {
        return NodeType.DATASET;
    }

    @Override
    public boolean isGroup() {
        return false;
    }

    @Override
    public long getAddress() {
        throw new UnsupportedOperationException("the address is known once the file is written");
    }

    @Override
    public boolean isLink() {
        return false;
    }

    @Override
    public boolean isAttributeCreationOrderTracked() {
        return false;
    }
}
