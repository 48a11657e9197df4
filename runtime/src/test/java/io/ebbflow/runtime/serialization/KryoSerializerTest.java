package io.ebbflow.runtime.serialization;

import static io.ebbflow.runtime.serialization.SerializerTestSupport.fromBytes;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.roundTrip;
import static io.ebbflow.runtime.serialization.SerializerTestSupport.toBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.runtime.serialization.TestTypes.Animal;
import io.ebbflow.runtime.serialization.TestTypes.Dog;
import io.ebbflow.runtime.serialization.TestTypes.Pojo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KryoSerializerTest {

    @Test
    void shouldRoundTripWhenThePojoHasNoNoArgConstructor() {
        Pojo pojo = new Pojo("name", 3, List.of(1L, 2L));
        assertThat(roundTrip(new KryoSerializer<>(Pojo.class), pojo)).isEqualTo(pojo);
    }

    @Test
    void shouldKeepTheSubclassWhenTheDeclaredTypeIsNotFinal() {
        Animal copy = roundTrip(new KryoSerializer<>(Animal.class), new Dog("rex", 9));
        assertThat(copy).isInstanceOf(Dog.class).isEqualTo(new Dog("rex", 9));
    }

    @Test
    void shouldRoundTripWhenTheValueIsLargerThanTheRetainedBuffer() throws IOException {
        KryoSerializer<long[][]> serializer = new KryoSerializer<>(long[][].class);
        long[][] big = new long[4][KryoSerializer.MAX_RETAINED_BUFFER_BYTES / 8];
        big[3][7] = 42;
        DataOutputSerializer out = new DataOutputSerializer();

        serializer.serialize(big, out);
        serializer.serialize(new long[][] {{1}}, out);

        DataInputDeserializer in = new DataInputDeserializer(out.getBuffer(), 0, out.length());
        assertThat(serializer.deserialize(in)).isDeepEqualTo(big);
        assertThat(serializer.deserialize(in)).isDeepEqualTo(new long[][] {{1}});
        StreamViews.Input streamIn = new StreamViews.Input(out.toByteArray());
        assertThat(serializer.deserialize(streamIn)).isDeepEqualTo(big);
        assertThat(serializer.deserialize(streamIn)).isDeepEqualTo(new long[][] {{1}});
    }

    @Test
    void shouldGiveEachDuplicateItsOwnInstanceWhenDuplicated() {
        KryoSerializer<Pojo> serializer = new KryoSerializer<>(Pojo.class);
        KryoSerializer<Pojo> duplicate = serializer.duplicate();

        assertThat(duplicate).isNotSameAs(serializer);
        assertThat(duplicate.type()).isEqualTo(Pojo.class);
    }

    @Test
    void shouldUseTheDuplicatesConcurrentlyWhenEachThreadHasItsOwn() throws InterruptedException {
        KryoSerializer<ArrayList<?>> template = new KryoSerializer<>(castArrayList());
        List<Throwable> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            KryoSerializer<ArrayList<?>> mine = template.duplicate();
            int id = t;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 2000; i++) {
                        ArrayList<Object> value = new ArrayList<>(Arrays.asList(id, i, "v" + i));
                        assertThat(roundTrip(mine, value)).isEqualTo(value);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<ArrayList<?>> castArrayList() {
        return (Class) ArrayList.class;
    }

    @Test
    void shouldThrowSerializationExceptionWhenKryoLeavesBytesUnread() throws IOException {
        KryoSerializer<Pojo> serializer = new KryoSerializer<>(Pojo.class);
        byte[] bytes = toBytes(serializer, new Pojo("p", 1, List.of()));
        DataOutputSerializer padded = new DataOutputSerializer();
        padded.writeVarInt(bytes.length); // one more than Kryo wrote: the old length byte plus the payload
        padded.write(bytes, 1, bytes.length - 1);
        padded.writeByte(0);

        assertThatThrownBy(() -> fromBytes(serializer, padded.toByteArray()))
                .isInstanceOf(SerializationException.class)
                .hasMessage(Pojo.class.getName() + ": Kryo read " + (bytes.length - 1) + " of the " + bytes.length
                        + " bytes written; the input is corrupt or the class changed");
    }

    @Test
    void shouldThrowSerializationExceptionWhenKryoCannotReadTheBytes() {
        byte[] garbage = {3, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

        assertThatThrownBy(() -> fromBytes(new KryoSerializer<>(Object.class), garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessage("java.lang.Object: Kryo cannot deserialize 3 bytes")
                .hasCauseInstanceOf(RuntimeException.class);
    }

    @Test
    void shouldRejectNullWhenSerializing() {
        assertThatThrownBy(() -> toBytes(new KryoSerializer<>(Pojo.class), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("KryoSerializer does not accept null values");
    }
}
