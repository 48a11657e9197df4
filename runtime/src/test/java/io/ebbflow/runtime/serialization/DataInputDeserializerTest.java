package io.ebbflow.runtime.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataInputDeserializerTest {

    @Test
    void shouldReadWhatDataOutputStreamWroteWhenReadingEveryMethodOfDataInput() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);
        out.writeByte(-128);
        out.writeByte(200);
        out.writeShort(-2);
        out.writeShort(65_000);
        out.writeChar('€');
        out.writeInt(Integer.MIN_VALUE);
        out.writeLong(Long.MAX_VALUE);
        out.writeFloat(-0.0f);
        out.writeDouble(Double.NaN);
        out.writeUTF("a\0é€😀");
        out.write(new byte[] {1, 2, 3});
        DataInputDeserializer in = new DataInputDeserializer(bytes.toByteArray());

        assertThat(in.readBoolean()).isTrue();
        assertThat(in.readByte()).isEqualTo((byte) -128);
        assertThat(in.readUnsignedByte()).isEqualTo(200);
        assertThat(in.readShort()).isEqualTo((short) -2);
        assertThat(in.readUnsignedShort()).isEqualTo(65_000);
        assertThat(in.readChar()).isEqualTo('€');
        assertThat(in.readInt()).isEqualTo(Integer.MIN_VALUE);
        assertThat(in.readLong()).isEqualTo(Long.MAX_VALUE);
        assertThat(in.readFloat()).isEqualTo(-0.0f);
        assertThat(in.readDouble()).isNaN();
        assertThat(in.readUTF()).isEqualTo("a\0é€😀");
        byte[] tail = new byte[3];
        in.readFully(tail);
        assertThat(tail).containsExactly(1, 2, 3);
        assertThat(in.available()).isZero();
    }

    @Test
    void shouldSayHowManyBytesWereWantedAndRemainWhenInputIsTruncated() throws IOException {
        DataInputDeserializer in = new DataInputDeserializer(new byte[] {9, 9, 0, 0, 0, 1, 0, 2, 9}, 2, 6);

        assertThat(in.readInt()).isEqualTo(1);
        assertThatThrownBy(in::readInt)
                .isInstanceOf(EOFException.class)
                .hasMessage("Wanted 4 bytes at position 6 but only 2 remain");
        assertThat(in.position()).isEqualTo(6);
        assertThatThrownBy(in::readLong).hasMessage("Wanted 8 bytes at position 6 but only 2 remain");
        assertThatThrownBy(() -> in.readFully(new byte[3])).hasMessage("Wanted 3 bytes at position 6 but only 2 remain");
        assertThatThrownBy(() -> in.skipBytesToRead(3)).hasMessage("Wanted 3 bytes at position 6 but only 2 remain");
        assertThat(in.readShort()).isEqualTo((short) 2);
        assertThatThrownBy(in::readByte)
                .isInstanceOf(EOFException.class)
                .hasMessage("Wanted 1 byte at position 8 but only 0 remain");
    }

    @Test
    void shouldSayHowManyBytesWereWantedWhenAVarIntIsTruncated() {
        DataInputDeserializer in = new DataInputDeserializer(new byte[] {(byte) 0x80, (byte) 0xFF});

        assertThatThrownBy(in::readVarInt)
                .isInstanceOf(EOFException.class)
                .hasMessage("Wanted 3 bytes at position 0 but only 2 remain");
        assertThat(in.position()).isZero();
    }

    @Test
    void shouldSayHowManyBytesWereWantedWhenAStringIsTruncated() {
        byte[] hello = SerializerTestSupport.toBytes(StringSerializer.INSTANCE, "hello");
        DataInputDeserializer in = new DataInputDeserializer(hello, 0, 4);

        assertThatThrownBy(() -> StringSerializer.INSTANCE.deserialize(in))
                .isInstanceOf(EOFException.class)
                .hasMessage("Wanted 5 bytes at position 1 but only 3 remain");
    }

    @Test
    void shouldDecodeVarIntsWhenTheyAreAtBoundaries() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer();
        int[] values = {0, 1, 127, 128, 300, 16_383, 16_384, Integer.MAX_VALUE, -1, Integer.MIN_VALUE};
        for (int v : values) {
            out.writeVarInt(v);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.toByteArray());
        for (int v : values) {
            assertThat(in.readVarInt()).isEqualTo(v);
        }
        assertThat(in.available()).isZero();
    }

    @Test
    void shouldAcceptANonMinimalVarIntWhenItFitsInFiveBytes() throws IOException {
        DataInputDeserializer in = new DataInputDeserializer(new byte[] {(byte) 0x81, (byte) 0x80, 0x00});
        assertThat(in.readVarInt()).isEqualTo(1);
        assertThat(in.available()).isZero();
    }

    @Test
    void shouldRejectAVarIntWhenItIsLongerThanFiveBytesOrOverflows() {
        byte[] tooLong = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x8F, 0x01};
        assertThatThrownBy(() -> new DataInputDeserializer(tooLong).readVarInt())
                .isInstanceOf(IOException.class)
                .hasMessage("Malformed varint at position 0: the 5th byte is 0x8f but must be at most 0x0f");
        byte[] overflow = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x10};
        assertThatThrownBy(() -> new DataInputDeserializer(overflow).readVarInt())
                .isInstanceOf(IOException.class)
                .hasMessage("Malformed varint at position 0: the 5th byte is 0x10 but must be at most 0x0f");
    }

    @Test
    void shouldReadFromTheSliceOnlyWhenGivenAnOffsetAndLength() throws IOException {
        byte[] buffer = {1, 2, 3, 4, 5};
        DataInputDeserializer in = new DataInputDeserializer();
        assertThat(in.available()).isZero();

        in.setBuffer(buffer, 1, 3);
        assertThat(in.position()).isEqualTo(1);
        assertThat(in.available()).isEqualTo(3);
        assertThat(in.readByte()).isEqualTo((byte) 2);
        assertThat(in.skipBytes(10)).isEqualTo(2);
        assertThat(in.skipBytes(1)).isZero();
        assertThat(in.position()).isEqualTo(4);

        in.setBuffer(buffer);
        assertThat(in.readByte()).isEqualTo((byte) 1);
        in.releaseBuffer();
        assertThat(in.available()).isZero();
    }

    @Test
    void shouldRejectASliceWhenItIsOutsideTheArray() {
        DataInputDeserializer in = new DataInputDeserializer();
        assertThatThrownBy(() -> in.setBuffer(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> in.setBuffer(new byte[4], -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> in.skipBytesToRead(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numBytes must be >= 0 but was -1");
    }

    @Test
    void shouldSplitLinesWhenTerminatedByNewlineCarriageReturnOrBoth() {
        DataInputDeserializer in = new DataInputDeserializer("a\nb\r\nc\rd".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(in.readLine()).isEqualTo("a");
        assertThat(in.readLine()).isEqualTo("b");
        assertThat(in.readLine()).isEqualTo("c");
        assertThat(in.readLine()).isEqualTo("d");
        assertThat(in.readLine()).isNull();
    }

    @Test
    void shouldRejectModifiedUtf8WhenItIsMalformed() {
        byte[] badContinuation = {0, 2, (byte) 0xC3, 0x41};
        DataInputDeserializer in = new DataInputDeserializer(badContinuation);
        assertThatThrownBy(in::readUTF)
                .isInstanceOf(UTFDataFormatException.class)
                .hasMessage("Malformed modified UTF-8 at position 2 in the string starting at position 0");
        assertThat(in.position()).isZero();

        byte[] truncated = {0, 5, 'a'};
        assertThatThrownBy(() -> new DataInputDeserializer(truncated).readUTF())
                .isInstanceOf(EOFException.class)
                .hasMessage("Wanted 7 bytes at position 0 but only 3 remain");
    }
}
