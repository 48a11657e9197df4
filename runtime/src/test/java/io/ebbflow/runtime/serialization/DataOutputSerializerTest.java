package io.ebbflow.runtime.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import org.junit.jupiter.api.Test;

class DataOutputSerializerTest {

    private static void writeEverything(DataOutput out) throws IOException {
        out.write(0x1FF);
        out.write(new byte[] {1, 2, 3});
        out.write(new byte[] {4, 5, 6, 7}, 1, 2);
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeByte(-128);
        out.writeShort(-2);
        out.writeShort(0x12345);
        out.writeChar('€');
        out.writeInt(0x01020304);
        out.writeInt(Integer.MIN_VALUE);
        out.writeLong(0x0102030405060708L);
        out.writeLong(-1L);
        out.writeFloat(Float.intBitsToFloat(0x7fc00001)); // a non-canonical NaN
        out.writeFloat(-0.0f);
        out.writeDouble(Double.longBitsToDouble(0x7ff8000000000001L));
        out.writeDouble(Math.E);
        out.writeBytes("hé€");
        out.writeChars("h€😀");
        out.writeUTF("");
        out.writeUTF("a\0é€😀");
    }

    @Test
    void shouldWriteTheSameBytesAsDataOutputStreamWhenWritingEveryMethodOfDataOutput() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        writeEverything(new DataOutputStream(expected));
        DataOutputSerializer out = new DataOutputSerializer(0);

        writeEverything(out);

        assertThat(out.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void shouldEncodeVarIntsByteExactWhenValuesAreAtBoundaries() throws IOException {
        assertThat(varInt(0)).containsExactly(0x00);
        assertThat(varInt(1)).containsExactly(0x01);
        assertThat(varInt(127)).containsExactly(0x7F);
        assertThat(varInt(128)).containsExactly(0x80, 0x01);
        assertThat(varInt(300)).containsExactly(0xAC, 0x02);
        assertThat(varInt(16_383)).containsExactly(0xFF, 0x7F);
        assertThat(varInt(16_384)).containsExactly(0x80, 0x80, 0x01);
        assertThat(varInt(Integer.MAX_VALUE)).containsExactly(0xFF, 0xFF, 0xFF, 0xFF, 0x07);
        assertThat(varInt(-1)).containsExactly(0xFF, 0xFF, 0xFF, 0xFF, 0x0F);
        assertThat(varInt(Integer.MIN_VALUE)).containsExactly(0x80, 0x80, 0x80, 0x80, 0x08);
    }

    private static int[] varInt(int value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(0);
        out.writeVarInt(value);
        byte[] bytes = out.toByteArray();
        int[] unsigned = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            unsigned[i] = bytes[i] & 0xFF;
        }
        return unsigned;
    }

    @Test
    void shouldKeepWrittenBytesWhenTheBufferGrows() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(1);
        for (long i = 0; i < 1000; i++) {
            out.writeLong(i);
        }

        assertThat(out.length()).isEqualTo(8000);
        assertThat(out.getBuffer().length).isGreaterThanOrEqualTo(8000);
        DataInputDeserializer in = new DataInputDeserializer(out.getBuffer(), 0, out.length());
        for (long i = 0; i < 1000; i++) {
            assertThat(in.readLong()).isEqualTo(i);
        }
    }

    @Test
    void shouldReuseTheBufferWithoutCopyingWhenCleared() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        byte[] buffer = out.getBuffer();
        out.writeLong(1);
        out.clear();
        out.writeInt(7);

        assertThat(out.getBuffer()).isSameAs(buffer);
        assertThat(out.length()).isEqualTo(4);
        assertThat(out.toByteArray()).containsExactly(0, 0, 0, 7);
        assertThat(out.toByteArray()).isNotSameAs(out.getBuffer());
    }

    @Test
    void shouldGrowToAtLeastTheRequestedCapacityWhenEnsureCapacityIsCalled() {
        DataOutputSerializer out = new DataOutputSerializer(0);
        out.ensureCapacity(1000);
        assertThat(out.getBuffer().length).isGreaterThanOrEqualTo(1000);
        byte[] buffer = out.getBuffer();
        out.ensureCapacity(10);
        assertThat(out.getBuffer()).isSameAs(buffer);
    }

    @Test
    void shouldRejectCapacityWhenItIsNegative() {
        assertThatThrownBy(() -> new DataOutputSerializer(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialCapacityBytes must be in [0, 2147483639] but was -1");
        assertThatThrownBy(() -> new DataOutputSerializer().ensureCapacity(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minCapacityBytes must be in [0, 2147483639] but was -5");
    }

    @Test
    void shouldWriteNothingWhenWriteUtfGetsAStringLongerThan65535Bytes() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer();
        out.writeByte(1);

        assertThatThrownBy(() -> out.writeUTF("€".repeat(21_846)))
                .isInstanceOf(UTFDataFormatException.class)
                .hasMessageContaining("65535");
        assertThat(out.length()).isEqualTo(1);
        out.writeUTF("€".repeat(21_845));
        assertThat(out.length()).isEqualTo(1 + 2 + 65_535);
    }

    @Test
    void shouldRejectASliceWhenItIsOutsideTheArray() {
        DataOutputSerializer out = new DataOutputSerializer();
        assertThatThrownBy(() -> out.write(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(out.length()).isZero();
    }
}
