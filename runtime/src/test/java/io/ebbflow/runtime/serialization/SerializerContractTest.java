package io.ebbflow.runtime.serialization;

import static io.ebbflow.runtime.serialization.SerializerTestSupport.fromBytes;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.toBytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.ebbflow.api.serialization.Serializer;
import io.ebbflow.runtime.serialization.TestTypes.AllPrimitives;
import io.ebbflow.runtime.serialization.TestTypes.Animal;
import io.ebbflow.runtime.serialization.TestTypes.Boxed;
import io.ebbflow.runtime.serialization.TestTypes.Child;
import io.ebbflow.runtime.serialization.TestTypes.Color;
import io.ebbflow.runtime.serialization.TestTypes.Dog;
import io.ebbflow.runtime.serialization.TestTypes.Empty;
import io.ebbflow.runtime.serialization.TestTypes.Holder;
import io.ebbflow.runtime.serialization.TestTypes.Line;
import io.ebbflow.runtime.serialization.TestTypes.Node;
import io.ebbflow.runtime.serialization.TestTypes.Op;
import io.ebbflow.runtime.serialization.TestTypes.Order;
import io.ebbflow.runtime.serialization.TestTypes.Parent;
import io.ebbflow.runtime.serialization.TestTypes.Pojo;
import io.ebbflow.runtime.serialization.TestTypes.Point;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link Serializer} contract, checked for every serializer of this package on boundary values: round
 * trips, concatenation, equal values to equal bytes, {@code fixedLengthBytes}, {@code duplicate}, and views
 * other than the buffered ones.
 */
class SerializerContractTest {

    private static final String ASCII_1000 = "x".repeat(1000);
    private static final String MIXED = "aé€😀z"; // 1, 2, 3 and 4 UTF-8 bytes

    static Stream<Arguments> serializers() {
        return Stream.of(
                serializer(BooleanSerializer.INSTANCE, true, false),
                serializer(ByteSerializer.INSTANCE, (byte) 0, (byte) 1, (byte) -1, Byte.MIN_VALUE, Byte.MAX_VALUE),
                serializer(ShortSerializer.INSTANCE, (short) 0, (short) -1, Short.MIN_VALUE, Short.MAX_VALUE),
                serializer(IntegerSerializer.INSTANCE, 0, 1, -1, 127, 128, Integer.MIN_VALUE, Integer.MAX_VALUE),
                serializer(LongSerializer.INSTANCE, 0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE),
                serializer(FloatSerializer.INSTANCE, 0.0f, -0.0f, 1.5f, Float.NaN, Float.intBitsToFloat(0x7fc00001),
                        Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY),
                serializer(DoubleSerializer.INSTANCE, 0.0, -0.0, Math.PI, Double.NaN,
                        Double.longBitsToDouble(0x7ff8000000000001L), Double.MIN_VALUE, Double.MAX_VALUE,
                        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                serializer(CharacterSerializer.INSTANCE, 'a', '\0', Character.MIN_VALUE, Character.MAX_VALUE,
                        '\uD83D'),
                serializer(StringSerializer.INSTANCE, "", "a", "\0", ASCII_1000, MIXED, "😀", "\uD83D", "\uDE00x",
                        "x\uD83D", "\uDE00\uD83D", "日本語テキスト", "\u007F\u0080\u07FF\u0800\uFFFF",
                        new String(Character.toChars(Character.MAX_CODE_POINT))),
                serializer(ByteArraySerializer.INSTANCE, new byte[0], new byte[] {0, -1, 127, -128},
                        new byte[300]),
                serializer(IntArraySerializer.INSTANCE, new int[0], new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}),
                serializer(LongArraySerializer.INSTANCE, new long[0], new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}),
                serializer(new EnumSerializer<>(Color.class), Color.RED, Color.GREEN, Color.BLUE),
                serializer(new EnumSerializer<>(Op.class), Op.PLUS, Op.MINUS),
                serializer(new RecordSerializer<>(Point.class), new Point(0, 0), new Point(Integer.MIN_VALUE, -1)),
                serializer(new RecordSerializer<>(Empty.class), new Empty()),
                serializer(new RecordSerializer<>(AllPrimitives.class),
                        new AllPrimitives(true, Byte.MIN_VALUE, Short.MAX_VALUE, '\uFFFF', -1, Long.MIN_VALUE,
                                Float.NaN, -0.0),
                        new AllPrimitives(false, (byte) 0, (short) 0, 'a', 0, 0L, 0.0f, 0.0)),
                serializer(new RecordSerializer<>(Boxed.class),
                        new Boxed(true, (byte) 1, (short) 2, 'c', 4, 5L, 6.0f, 7.0, "8"),
                        new Boxed(null, null, null, null, null, null, null, null, null)),
                serializer(new RecordSerializer<>(Line.class),
                        new Line(new Point(1, 2), new Point(3, 4), "diagonal", Color.GREEN),
                        new Line(null, new Point(3, 4), null, null)),
                serializer(new RecordSerializer<>(Order.class), order(), new Order(0, "", List.of(),
                        new TreeMap<>(), null, null, null)),
                serializer(new RecordSerializer<>(Node.class), new Node(1, null),
                        new Node(1, new Node(2, new Node(3, null)))),
                serializer(new RecordSerializer<>(Parent.class), new Parent("p", null),
                        new Parent("p", new Child(3, new Parent("q", null), new Pojo("n", 1, List.of(2L))))),
                serializer(new RecordSerializer<>(Holder.class), new Holder(new Pojo("a", 1, List.of()), new Dog("rex", 11)),
                        new Holder(null, new Animal("cat"))),
                serializer(new KryoSerializer<>(Pojo.class), new Pojo("name", 42, List.of(1L, 2L)),
                        new Pojo("", 0, new ArrayList<>(List.of(3L)))),
                serializer(new KryoSerializer<>(Animal.class), new Animal("cat"), new Dog("rex", 11)),
                serializer(new KryoSerializer<>(List.class), new ArrayList<>(List.of("a", "b")), new LinkedList<>(),
                        List.of(1, 2, 3), Arrays.asList("x", null)),
                serializer(new KryoSerializer<>(Object.class), "s", 1, new Point(1, 2), Color.BLUE, Op.MINUS),
                serializer(Serializers.dynamic(), null, true, (byte) 1, (short) 2, 'c', 4, 5L, 6.0f, 7.0, "eight",
                        MIXED, new byte[] {9}, new int[] {10}, new long[] {11}, new Point(12, 13), Color.RED, Op.PLUS,
                        new Pojo("p", 14, List.of(15L)), List.of("sixteen"), new TreeMap<>(Map.of("k", 17)),
                        new Line(new Point(1, 2), null, "l", Color.BLUE)));
    }

    private static Order order() {
        return new Order(Long.MAX_VALUE, "c€", List.of("apple", "pear"), new TreeMap<>(Map.of("apple", 2, "pear", 1)),
                new Line(new Point(1, 2), null, "l", Color.BLUE), Op.MINUS, new Pojo("any", 1, List.of()));
    }

    @SafeVarargs
    private static <T> Arguments serializer(Serializer<T> serializer, T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(value);
        }
        return Arguments.of(serializer, list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializers")
    <T> void shouldRoundTripWhenEachValueIsSerializedAlone(Serializer<T> serializer, List<T> values) {
        for (T value : values) {
            assertThat(fromBytes(serializer, toBytes(serializer, value))).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializers")
    <T> void shouldReadValuesBackInOrderWhenTheyAreConcatenated(Serializer<T> serializer, List<T> values)
            throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(1);
        for (T value : values) {
            serializer.serialize(value, out);
            out.writeInt(0xCAFEBABE);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getBuffer(), 0, out.length());
        for (T value : values) {
            assertThat(serializer.deserialize(in)).isEqualTo(value);
            assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
        }
        assertThat(in.available()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializers")
    <T> void shouldWriteEqualBytesWhenValuesAreEqual(Serializer<T> serializer, List<T> values) {
        for (T value : values) {
            byte[] bytes = toBytes(serializer, value);
            T equalCopy = fromBytes(serializer, bytes);
            assertThat(toBytes(serializer, equalCopy)).isEqualTo(bytes);
            assertThat(toBytes(serializer.duplicate(), equalCopy)).isEqualTo(bytes);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializers")
    <T> void shouldWriteFixedLengthBytesWhenTheLengthIsFixed(Serializer<T> serializer, List<T> values) {
        int fixed = serializer.fixedLengthBytes();
        assertThat(fixed).isGreaterThanOrEqualTo(-1);
        if (fixed >= 0) {
            for (T value : values) {
                assertThat(toBytes(serializer, value)).hasSize(fixed);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializers")
    <T> void shouldRoundTripAndWriteTheSameBytesWhenViewsAreStreams(Serializer<T> serializer, List<T> values)
            throws IOException {
        StreamViews.Output out = new StreamViews.Output();
        for (T value : values) {
            serializer.serialize(value, out);
        }
        out.flush();
        byte[] streamBytes = out.toByteArray();

        DataOutputSerializer buffered = new DataOutputSerializer();
        for (T value : values) {
            serializer.serialize(value, buffered);
        }
        assertThat(buffered.toByteArray()).isEqualTo(streamBytes);

        StreamViews.Input in = new StreamViews.Input(streamBytes);
        for (T value : values) {
            assertThat(serializer.deserialize(in)).isEqualTo(value);
        }
        assertThat(in.remaining()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializers")
    <T> void shouldReadWhatTheOriginalWroteWhenUsingADuplicate(Serializer<T> serializer, List<T> values) {
        Serializer<T> duplicate = serializer.duplicate();
        assertThat(duplicate).isNotNull();
        for (T value : values) {
            assertThat(fromBytes(duplicate, toBytes(serializer, value))).isEqualTo(value);
        }
    }
}
