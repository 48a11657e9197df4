package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Views over {@code java.io} streams, written independently of {@link DataOutputSerializer} and
 * {@link DataInputDeserializer}: they exercise the serializers' paths for views other than the buffered
 * ones, and serve as a reference encoding.
 */
final class StreamViews {

    private StreamViews() {
    }

    /** A {@link DataOutputView} over a {@link ByteArrayOutputStream}. */
    static final class Output extends DataOutputStream implements DataOutputView {
        private final ByteArrayOutputStream bytes;

        Output() {
            this(new ByteArrayOutputStream());
        }

        private Output(ByteArrayOutputStream bytes) {
            super(bytes);
            this.bytes = bytes;
        }

        @Override
        public void writeVarInt(int value) throws IOException {
            int v = value;
            while ((v & ~0x7F) != 0) {
                writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            writeByte(v);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** A {@link DataInputView} over a {@link ByteArrayInputStream}. */
    static final class Input extends DataInputStream implements DataInputView {
        Input(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int readVarInt() throws IOException {
            int result = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = readUnsignedByte();
                result |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new IOException("varint longer than 5 bytes");
        }

        int remaining() throws IOException {
            return available();
        }
    }
}
