package io.ebbflow.runtime.serialization;

import static io.ebbflow.runtime.serialization.SerializerTestSupport.fromBytes;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.roundTrip;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.toBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StringSerializerTest {

    private static final StringSerializer SERIALIZER = StringSerializer.INSTANCE;

    @Test
    void shouldWriteVarIntLengthThenStandardUtf8WhenTheStringIsValidUnicode() throws IOException {
        for (String s : new String[] {"", "ascii", "\0", "é", "€", "😀", "a😀b€c", "x".repeat(200), "Ω".repeat(5000)}) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            DataOutputSerializer expected = new DataOutputSerializer();
            expected.writeVarInt(utf8.length);
            expected.write(utf8);

            assertThat(toBytes(SERIALIZER, s)).as(s).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void shouldWriteFourBytesWhenTheCharIsASupplementaryCodePoint() {
        assertThat(toBytes(SERIALIZER, "😀")).containsExactly(4, 0xF0, 0x9F, 0x98, 0x80);
    }

    @Test
    void shouldRoundTripWhenSurrogatesAreUnpaired() {
        for (String s : new String[] {"\uD83D", "\uDE00", "a\uD83Db", "\uDE00\uD83D", "\uD83D\uD83D\uDE00"}) {
            assertThat(roundTrip(SERIALIZER, s)).isEqualTo(s);
        }
        assertThat(toBytes(SERIALIZER, "\uD83D")).containsExactly(3, 0xED, 0xA0, 0xBD);
    }

    @Test
    void shouldRoundTripWhenCharsAreRandom() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = switch (random.nextInt(4)) {
                    case 0 -> (char) random.nextInt(0x80);
                    case 1 -> (char) random.nextInt(0x800);
                    case 2 -> (char) (0xD800 + random.nextInt(0x800)); // surrogates, paired or not
                    default -> (char) random.nextInt(0x10000);
                };
            }
            String s = new String(chars);
            byte[] bytes = toBytes(SERIALIZER, s);
            assertThat(fromBytes(SERIALIZER, bytes)).isEqualTo(s);
            assertThat(toBytes(SERIALIZER, new String(chars))).isEqualTo(bytes);
        }
    }

    @Test
    void shouldRoundTripWhenTheStringIsLongerThanWriteUtfAllows() {
        String s = "a€😀".repeat(30_000);
        assertThat(roundTrip(SERIALIZER, s)).isEqualTo(s);
    }

    @Test
    void shouldThrowSerializationExceptionWhenTheBytesAreNotUtf8() {
        assertThatThrownBy(() -> fromBytes(SERIALIZER, new byte[] {1, (byte) 0x80}))
                .isInstanceOf(SerializationException.class)
                .hasMessage("java.lang.String: malformed UTF-8 at byte 0 of a 1-byte string; the input is corrupt");
        assertThatThrownBy(() -> fromBytes(SERIALIZER, new byte[] {2, (byte) 0xC0, (byte) 0x80})) // overlong NUL
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("malformed UTF-8 at byte 0");
        assertThatThrownBy(() -> fromBytes(SERIALIZER, new byte[] {3, 'a', (byte) 0xE2, (byte) 0x82})) // cut short
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("malformed UTF-8 at byte 1 of a 3-byte string");
        assertThatThrownBy(() -> fromBytes(SERIALIZER, new byte[] {4, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
                .isInstanceOf(SerializationException.class) // above U+10FFFF
                .hasMessageContaining("malformed UTF-8");
    }

    @Test
    void shouldThrowSerializationExceptionWhenTheLengthIsNegative() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
        assertThatThrownBy(() -> fromBytes(SERIALIZER, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("java.lang.String: negative length 4294967295 read; the input is corrupt");
    }

    @Test
    void shouldRejectNullWhenSerializing() {
        assertThatThrownBy(() -> toBytes(SERIALIZER, null)).isInstanceOf(NullPointerException.class);
    }
}
