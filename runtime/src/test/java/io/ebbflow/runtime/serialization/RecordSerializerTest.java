package io.ebbflow.runtime.serialization;

import static io.ebbflow.runtime.serialization.SerializerTestSupport.fromBytes;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.roundTrip;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.toBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.runtime.serialization.TestTypes.AllPrimitives;
import io.ebbflow.runtime.serialization.TestTypes.Boxed;
import io.ebbflow.runtime.serialization.TestTypes.Color;
import io.ebbflow.runtime.serialization.TestTypes.Empty;
import io.ebbflow.runtime.serialization.TestTypes.Generic;
import io.ebbflow.runtime.serialization.TestTypes.Line;
import io.ebbflow.runtime.serialization.TestTypes.Node;
import io.ebbflow.runtime.serialization.TestTypes.Op;
import io.ebbflow.runtime.serialization.TestTypes.Order;
import io.ebbflow.runtime.serialization.TestTypes.Parent;
import io.ebbflow.runtime.serialization.TestTypes.Point;
import io.ebbflow.runtime.serialization.TestTypes.Pojo;
import io.ebbflow.runtime.serialization.TestTypes.Positive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecordSerializerTest {

    @Test
    void shouldWriteOnlyTheComponentsWhenTheRecordHasPrimitiveComponents() {
        RecordSerializer<Point> serializer = new RecordSerializer<>(Point.class);

        assertThat(toBytes(serializer, new Point(1, -1))).containsExactly(0, 0, 0, 1, 0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(serializer.fixedLengthBytes()).isEqualTo(8);
        assertThat(new RecordSerializer<>(AllPrimitives.class).fixedLengthBytes()).isEqualTo(30);
        assertThat(new RecordSerializer<>(Empty.class).fixedLengthBytes()).isZero();
        assertThat(new RecordSerializer<>(Boxed.class).fixedLengthBytes()).isEqualTo(-1);
    }

    @Test
    void shouldWriteANullFlagBeforeEachReferenceComponentWhenSerializing() {
        RecordSerializer<Line> serializer = new RecordSerializer<>(Line.class);

        byte[] bytes = toBytes(serializer, new Line(null, new Point(2, 3), "", Color.BLUE));

        assertThat(bytes).containsExactly(
                0, // from: null
                1, 0, 0, 0, 2, 0, 0, 0, 3, // to
                1, 0, // label: "" (varint length 0)
                1, 2); // color: ordinal 2
    }

    @Test
    void shouldRoundTripWhenComponentsAreNestedRecordsNullsEnumsAndCollections() {
        Order order = new Order(7, "customer", new ArrayList<>(List.of("a", "b")),
                new TreeMap<>(Map.of("a", 1)), new Line(new Point(1, 2), null, null, Color.RED), Op.PLUS,
                new Generic<>("first", List.of(2)));

        Order copy = roundTrip(new RecordSerializer<>(Order.class), order);

        assertThat(copy).isEqualTo(order);
        assertThat(copy.items()).isInstanceOf(ArrayList.class);
        assertThat(copy.op().apply(2, 3)).isEqualTo(5);
    }

    @Test
    void shouldWriteEqualBytesWhenEqualRecordsAreBuiltSeparately() {
        RecordSerializer<Order> serializer = new RecordSerializer<>(Order.class);
        Order a = new Order(1, "c", List.of("x"), new TreeMap<>(Map.of("k", 1, "j", 2)),
                new Line(new Point(1, 2), new Point(3, 4), "l", Color.RED), Op.MINUS, new Pojo("p", 1, List.of(1L)));
        Order b = new Order(1, new String("c"), List.of(new String("x")), new TreeMap<>(Map.of("j", 2, "k", 1)),
                new Line(new Point(1, 2), new Point(3, 4), "l", Color.RED), Op.MINUS, new Pojo("p", 1, List.of(1L)));

        assertThat(a).isEqualTo(b).isNotSameAs(b);
        assertThat(toBytes(serializer, a)).isEqualTo(toBytes(serializer, b));
    }

    @Test
    void shouldRoundTripWhenTheRecordContainsItselfDirectlyOrIndirectly() {
        Node list = null;
        for (int i = 0; i < 500; i++) {
            list = new Node(i, list);
        }
        assertThat(roundTrip(new RecordSerializer<>(Node.class), list)).isEqualTo(list);

        Parent parent = new Parent("a", new TestTypes.Child(1, new Parent("b", null), null));
        assertThat(roundTrip(new RecordSerializer<>(Parent.class), parent)).isEqualTo(parent);
    }

    @Test
    void shouldReturnItselfFromDuplicateOnlyWhenNoComponentNeedsKryo() {
        RecordSerializer<Line> line = new RecordSerializer<>(Line.class);
        RecordSerializer<Node> node = new RecordSerializer<>(Node.class);
        RecordSerializer<Order> order = new RecordSerializer<>(Order.class);
        RecordSerializer<Parent> parent = new RecordSerializer<>(Parent.class); // its Child holds a Pojo

        assertThat(line.duplicate()).isSameAs(line);
        assertThat(node.duplicate()).isSameAs(node);
        assertThat(order.duplicate()).isNotSameAs(order).isInstanceOf(RecordSerializer.class);
        assertThat(parent.duplicate()).isNotSameAs(parent);
    }

    @Test
    void shouldWrapTheConstructorFailureWhenDeserializedComponentsAreInvalid() {
        byte[] zero = toBytes(IntegerSerializer.INSTANCE, 0);

        assertThatThrownBy(() -> fromBytes(new RecordSerializer<>(Positive.class), zero))
                .isInstanceOf(SerializationException.class)
                .hasMessage(Positive.class.getName() + ": the canonical constructor rejected the deserialized components")
                .hasRootCauseMessage("value must be > 0 but was 0")
                .extracting(e -> ((SerializationException) e).type()).isEqualTo(Positive.class);
    }

    @Test
    void shouldNameTheComponentWhenItsBytesAreCorrupt() {
        byte[] badFlag = {7};

        assertThatThrownBy(() -> fromBytes(new RecordSerializer<>(Line.class), badFlag))
                .isInstanceOf(SerializationException.class)
                .hasMessage(Line.class.getName() + ": cannot deserialize component 'from'")
                .cause()
                .hasMessage(Point.class.getName() + ": null flag 7 read (expected 0 or 1); the input is corrupt");
    }

    @Test
    void shouldRejectTheClassWhenItIsNotARecord() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Record> notARecord = (Class) String.class;
        assertThatThrownBy(() -> new RecordSerializer<>(notARecord))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a record class: java.lang.String");
    }

    @Test
    void shouldRejectNullWhenTheRecordItselfIsNull() {
        assertThatThrownBy(() -> toBytes(new RecordSerializer<>(Point.class), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("RecordSerializer does not accept a null record");
    }
}
