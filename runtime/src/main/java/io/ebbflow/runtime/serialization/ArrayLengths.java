package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import java.io.IOException;

/** Reads and checks the varint length that precedes an array, before the array is allocated. */
final class ArrayLengths {

    private ArrayLengths() {
    }

    /**
     * Reads an element count and checks it, so that corrupt input fails instead of allocating a huge array.
     *
     * @param elementBytes serialized size of one element
     * @param arrayType the array class, named in errors
     * @throws java.io.EOFException when {@code in} is a {@link DataInputDeserializer} with fewer bytes left than
     *     the elements need
     * @throws SerializationException when the count is negative
     */
    static int read(DataInputView in, int elementBytes, Class<?> arrayType) throws IOException {
        int length = in.readVarInt();
        if (length < 0) {
            throw new SerializationException(arrayType,
                    "negative length " + Integer.toUnsignedString(length) + " read; the input is corrupt");
        }
        if (in instanceof DataInputDeserializer buffered) {
            buffered.require((long) length * elementBytes);
        }
        return length;
    }
}
