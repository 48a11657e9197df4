package io.ebbflow.sorter.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyEncodersTest {

    private static final int SAMPLES = 20_000;

    @Test
    void shouldPreserveLongOrderAndRoundTripWhenEncodingLongs() {
        Random random = new Random(1);
        long[] specials = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
        for (int i = 0; i < SAMPLES; i++) {
            long a = i < specials.length ? specials[i] : random.nextLong();
            long b = random.nextInt(3) == 0 ? specials[random.nextInt(specials.length)] : random.nextLong();
            assertThat(Integer.signum(Arrays.compareUnsigned(LongKeyEncoder.encode(a), LongKeyEncoder.encode(b))))
                    .isEqualTo(Integer.signum(Long.compare(a, b)));
            assertThat(LongKeyEncoder.decode(LongKeyEncoder.encode(a), 0)).isEqualTo(a);
        }
    }

    @Test
    void shouldPreserveIntOrderAndRoundTripWhenEncodingInts() {
        Random random = new Random(2);
        for (int i = 0; i < SAMPLES; i++) {
            int a = random.nextInt();
            int b = random.nextBoolean() ? random.nextInt() : random.nextInt(5) - 2;
            assertThat(Integer.signum(Arrays.compareUnsigned(IntKeyEncoder.encode(a), IntKeyEncoder.encode(b))))
                    .isEqualTo(Integer.signum(Integer.compare(a, b)));
            assertThat(IntKeyEncoder.decode(IntKeyEncoder.encode(a), 0)).isEqualTo(a);
        }
        assertThat(IntKeyEncoder.decode(IntKeyEncoder.encode(Integer.MIN_VALUE), 0)).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void shouldMatchStringCompareToAndRoundTripWhenEncodingStrings() {
        Random random = new Random(3);
        char[] alphabet = {'\u0000', '\u0001', 'a', 'b', '\u007F', '\u0080', '\u07FF', '\u0800', '\uD800', '\uDC00',
            '\uE000', '\uFFFE', '\uFFFF'};
        for (int i = 0; i < SAMPLES; i++) {
            String a = randomString(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + randomString(random, alphabet) : randomString(random, alphabet);
            byte[] ea = StringKeyEncoder.encode(a);
            byte[] eb = StringKeyEncoder.encode(b);
            assertThat(Integer.signum(Arrays.compareUnsigned(ea, eb))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(a.compareTo(b)));
            assertThat(StringKeyEncoder.decode(ea, 0)).isEqualTo(a);
            assertThat(ea).hasSize(StringKeyEncoder.encodedLength(a));
            // composite keys: string then int keep (string, int) order
            byte[] ca = concat(ea, IntKeyEncoder.encode(i));
            byte[] cb = concat(eb, IntKeyEncoder.encode(-i));
            int expected = a.equals(b) ? Integer.compare(i, -i) : a.compareTo(b);
            assertThat(Integer.signum(Arrays.compareUnsigned(ca, cb))).isEqualTo(Integer.signum(expected));
        }
    }

    @Test
    void shouldPreserveUnsignedOrderAndComposeWhenEncodingByteArrays() {
        Random random = new Random(4);
        for (int i = 0; i < SAMPLES; i++) {
            byte[] a = randomBytes(random);
            byte[] b = random.nextInt(4) == 0 ? concat(a, randomBytes(random)) : randomBytes(random);
            byte[] ea = concat(BytesKeyEncoder.encode(a), LongKeyEncoder.encode(i));
            byte[] eb = concat(BytesKeyEncoder.encode(b), LongKeyEncoder.encode(-i));
            int expected = Arrays.equals(a, b) ? Long.compare(i, -i) : Arrays.compareUnsigned(a, b);
            assertThat(Integer.signum(Arrays.compareUnsigned(ea, eb))).isEqualTo(Integer.signum(expected));
            assertThat(BytesKeyEncoder.decode(ea, 0)).isEqualTo(a);
        }
    }

    private static String randomString(Random random, char[] alphabet) {
        char[] chars = new char[random.nextInt(6)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (char) random.nextInt(0x10000);
        }
        return new String(chars);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(6)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (random.nextBoolean() ? random.nextInt(3) - 1 : random.nextInt(256));
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
