package io.ebbflow.runtime.serialization;

import static io.ebbflow.runtime.serialization.SerializerTestSupport.fromBytes;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.roundTrip;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.toBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.runtime.serialization.TestTypes.Color;
import io.ebbflow.runtime.serialization.TestTypes.Line;
import io.ebbflow.runtime.serialization.TestTypes.Point;
import io.ebbflow.runtime.serialization.TestTypes.Pojo;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicSerializerTest {

    private final DynamicSerializer serializer = Serializers.dynamic();

    @Test
    void shouldWriteOneTagByteBeforeTheValueWhenTheTypeIsBuiltIn() {
        assertThat(toBytes(serializer, null)).containsExactly(DynamicSerializer.NULL);
        assertThat(toBytes(serializer, 1)).containsExactly(DynamicSerializer.INT, 0, 0, 0, 1);
        assertThat(toBytes(serializer, "é")).containsExactly(DynamicSerializer.STRING, 2, 0xC3, 0xA9);
        assertThat(toBytes(serializer, true)).containsExactly(DynamicSerializer.BOOLEAN, 1);
        assertThat(toBytes(serializer, new byte[] {5})).containsExactly(DynamicSerializer.BYTE_ARRAY, 1, 5);
    }

    @Test
    void shouldKeepTheExactBoxedTypeWhenRoundTripping() {
        List<Object> values = Arrays.asList((byte) 1, (short) 1, 1, 1L, 1.0f, 1.0, 'a', true);
        for (Object value : values) {
            assertThat(roundTrip(serializer, value)).isInstanceOf(value.getClass()).isEqualTo(value);
        }
    }

    @Test
    void shouldReadMixedTypesBackInOrderWhenTheyShareAStream() throws IOException {
        List<Object> values = Arrays.asList("s", null, 42, new Point(1, 2), Color.GREEN, 7L,
                new Pojo("p", 1, List.of(2L)), new Line(null, new Point(3, 4), "l", Color.RED), List.of(1, "two"),
                Double.NaN, new int[] {1, 2});
        DataOutputSerializer out = new DataOutputSerializer();
        for (Object value : values) {
            serializer.serialize(value, out);
        }

        DataInputDeserializer in = new DataInputDeserializer(out.getBuffer(), 0, out.length());
        for (Object value : values) {
            assertThat(serializer.deserialize(in)).isEqualTo(value);
        }
        assertThat(in.available()).isZero();
    }

    @Test
    void shouldThrowSerializationExceptionWhenTheTagIsUnknown() {
        assertThatThrownBy(() -> fromBytes(serializer, new byte[] {99}))
                .isInstanceOf(SerializationException.class)
                .hasMessage("java.lang.Object: unknown type tag 99; the input is corrupt or was written by a newer version");
    }

    @Test
    void shouldReturnANewInstanceWhenDuplicated() {
        assertThat(serializer.duplicate()).isNotSameAs(serializer).isInstanceOf(DynamicSerializer.class);
    }
}
