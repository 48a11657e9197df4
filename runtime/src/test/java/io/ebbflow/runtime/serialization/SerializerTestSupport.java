package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Serializes to and from byte arrays, for tests. */
final class SerializerTestSupport {

    private SerializerTestSupport() {
    }

    static <T> byte[] toBytes(Serializer<T> serializer, T value) {
        DataOutputSerializer out = new DataOutputSerializer(0);
        try {
            serializer.serialize(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static <T> T fromBytes(Serializer<T> serializer, byte[] bytes) {
        DataInputDeserializer in = new DataInputDeserializer(bytes);
        try {
            T value = serializer.deserialize(in);
            if (in.available() != 0) {
                throw new AssertionError(serializer + " left " + in.available() + " of " + bytes.length + " bytes");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T roundTrip(Serializer<T> serializer, T value) {
        return fromBytes(serializer, toBytes(serializer, value));
    }
}
