package io.ebbflow.runtime.serialization;

import static io.ebbflow.runtime.serialization.SerializerTestSupport.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.api.serialization.Serializer;
import io.ebbflow.runtime.serialization.TestTypes.Color;
import io.ebbflow.runtime.serialization.TestTypes.Line;
import io.ebbflow.runtime.serialization.TestTypes.Op;
import io.ebbflow.runtime.serialization.TestTypes.Order;
import io.ebbflow.runtime.serialization.TestTypes.Pojo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SerializersTest {

    @Test
    void shouldReturnTheSameBuiltInWhenGivenAPrimitiveOrItsBox() {
        assertThat(Serializers.forClass(boolean.class)).isSameAs(Serializers.forClass(Boolean.class))
                .isSameAs(BooleanSerializer.INSTANCE);
        assertThat(Serializers.forClass(byte.class)).isSameAs(Serializers.forClass(Byte.class))
                .isSameAs(ByteSerializer.INSTANCE);
        assertThat(Serializers.forClass(short.class)).isSameAs(Serializers.forClass(Short.class))
                .isSameAs(ShortSerializer.INSTANCE);
        assertThat(Serializers.forClass(char.class)).isSameAs(Serializers.forClass(Character.class))
                .isSameAs(CharacterSerializer.INSTANCE);
        assertThat(Serializers.forClass(int.class)).isSameAs(Serializers.forClass(Integer.class))
                .isSameAs(IntegerSerializer.INSTANCE);
        assertThat(Serializers.forClass(long.class)).isSameAs(Serializers.forClass(Long.class))
                .isSameAs(LongSerializer.INSTANCE);
        assertThat(Serializers.forClass(float.class)).isSameAs(Serializers.forClass(Float.class))
                .isSameAs(FloatSerializer.INSTANCE);
        assertThat(Serializers.forClass(double.class)).isSameAs(Serializers.forClass(Double.class))
                .isSameAs(DoubleSerializer.INSTANCE);
        assertThat(Serializers.forClass(String.class)).isSameAs(StringSerializer.INSTANCE);
        assertThat(Serializers.forClass(byte[].class)).isSameAs(ByteArraySerializer.INSTANCE);
        assertThat(Serializers.forClass(int[].class)).isSameAs(IntArraySerializer.INSTANCE);
        assertThat(Serializers.forClass(long[].class)).isSameAs(LongArraySerializer.INSTANCE);
        assertThat(roundTrip(Serializers.forClass(int.class), 42)).isEqualTo(42);
    }

    @Test
    void shouldReturnACachedRecordSerializerWhenTheRecordIsStateless() {
        Serializer<Line> first = Serializers.forClass(Line.class);

        assertThat(first).isInstanceOf(RecordSerializer.class);
        assertThat(Serializers.forClass(Line.class)).isSameAs(first);
    }

    @Test
    void shouldReturnANewInstanceEachTimeWhenTheSerializerHoldsKryo() {
        Serializer<Pojo> pojo = Serializers.forClass(Pojo.class);
        Serializer<Order> order = Serializers.forClass(Order.class);

        assertThat(pojo).isInstanceOf(KryoSerializer.class).isNotSameAs(Serializers.forClass(Pojo.class));
        assertThat(order).isInstanceOf(RecordSerializer.class).isNotSameAs(Serializers.forClass(Order.class));
        assertThat(Serializers.forClass(List.class)).isInstanceOf(KryoSerializer.class);
        assertThat(Serializers.forClass(Map.class)).isInstanceOf(KryoSerializer.class);
    }

    @Test
    void shouldReturnAnEnumSerializerWhenGivenAnEnumOrTheClassOfAConstantWithABody() {
        assertThat(Serializers.forClass(Color.class)).isInstanceOf(EnumSerializer.class);
        @SuppressWarnings("unchecked")
        Class<Op> plusClass = (Class<Op>) Op.PLUS.getClass();
        assertThat(plusClass.isEnum()).isFalse();

        Serializer<Op> serializer = Serializers.forClass(plusClass);

        assertThat(serializer).isInstanceOf(EnumSerializer.class);
        assertThat(((EnumSerializer<?>) serializer).type()).isEqualTo(Op.class);
        assertThat(roundTrip(serializer, Op.PLUS)).isSameAs(Op.PLUS);
    }

    @Test
    void shouldRejectTheClassWhenItIsVoidOrNull() {
        assertThatThrownBy(() -> Serializers.forClass(void.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There are no values of type void to serialize");
        assertThatThrownBy(() -> Serializers.forClass(Void.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Serializers.forClass(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldReturnANewDynamicSerializerEachTimeWhenAskedForDynamic() {
        assertThat(Serializers.dynamic()).isNotSameAs(Serializers.dynamic());
    }
}
