package io.ebbflow.runtime.serialization;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Objects;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * Serializes any class with Kryo: the fallback for POJOs, collections and everything that has no faster
 * serializer in {@link Serializers}.
 *
 * <p>Format: the length of Kryo's bytes (a varint), then the bytes. The length prefix keeps values
 * self-delimiting, so Kryo never reads past its own value, and lets Kryo decode in place from a
 * {@link DataInputDeserializer}. When the type is final (and not an array) Kryo writes only the object;
 * otherwise it writes the class too (its name, for unregistered classes), so subclasses and the
 * implementations behind an interface such as {@code List} round-trip.
 *
 * <p>Kryo settings: registration is not required, references are off (shared sub-objects are written
 * twice and cyclic object graphs are not supported), and classes without a no-argument constructor are
 * instantiated through Objenesis. Classes are loaded with the type's class loader or, for JDK types, the
 * context class loader of the thread that creates this serializer.
 *
 * <p>Equal bytes for equal values hold only when the class serializes deterministically: a {@code HashMap}
 * or {@code HashSet} may iterate equal contents in different orders, so do not use them in keys.
 *
 * <p>Thread-safety: not thread-safe. An instance owns a Kryo instance and reusable buffers; use
 * {@link #duplicate()} for each thread. A buffer that grew beyond 1 MiB for one large value is dropped
 * after that value.
 *
 * <p>Errors: Kryo failures (any {@link RuntimeException} from Kryo) are rethrown as
 * {@link SerializationException} naming the class.
 *
 * @param <T> the type of the values
 */
public final class KryoSerializer<T> implements Serializer<T> {

    /** Initial size of the reusable output and input buffers. */
    static final int INITIAL_BUFFER_BYTES = 256;

    /** Buffers larger than this are not kept after a value, so one huge value does not pin memory. */
    static final int MAX_RETAINED_BUFFER_BYTES = 1 << 20;

    private static final byte[] EMPTY = new byte[0];

    private final Class<T> type;
    private final boolean writesClass;
    private final Kryo kryo;
    private final Output output = new Output(INITIAL_BUFFER_BYTES, -1);
    private final Input input = new Input(EMPTY);
    private byte[] readBuffer = EMPTY;

    /**
     * Creates a serializer with its own Kryo instance.
     *
     * @param type the declared type of the values; for a non-final type the values may be of any subclass
     * @throws NullPointerException when {@code type} is null
     * @throws IllegalArgumentException when {@code type} is primitive
     */
    public KryoSerializer(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (type.isPrimitive()) {
            throw new IllegalArgumentException("Kryo cannot serialize the primitive type " + type.getName()
                    + "; use Serializers.forClass");
        }
        this.type = type;
        this.writesClass = !Modifier.isFinal(type.getModifiers()) || type.isArray();
        this.kryo = newKryo(type);
    }

    private static Kryo newKryo(Class<?> type) {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(false);
        kryo.setReferences(false);
        kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        ClassLoader loader = type.getClassLoader();
        if (loader == null) {
            loader = Thread.currentThread().getContextClassLoader();
        }
        if (loader != null) {
            kryo.setClassLoader(loader);
        }
        return kryo;
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     * @throws SerializationException when Kryo fails
     */
    @Override
    public void serialize(T value, DataOutputView out) throws IOException {
        Objects.requireNonNull(value, "KryoSerializer does not accept null values");
        Output o = output;
        o.reset();
        try {
            if (writesClass) {
                kryo.writeClassAndObject(o, value);
            } else {
                kryo.writeObject(o, value);
            }
        } catch (RuntimeException e) {
            throw new SerializationException(value.getClass(), "Kryo cannot serialize the value", e);
        } catch (StackOverflowError e) {
            throw new SerializationException(value.getClass(),
                    "Kryo overflowed the stack; cyclic object graphs are not supported", e);
        }
        byte[] bytes = o.getBuffer();
        int length = o.position();
        out.writeVarInt(length);
        out.write(bytes, 0, length);
        if (bytes.length > MAX_RETAINED_BUFFER_BYTES) {
            o.setBuffer(new byte[INITIAL_BUFFER_BYTES], -1);
        }
    }

    /**
     * Reads a value.
     *
     * @throws java.io.EOFException when the input ends before the value does
     * @throws SerializationException when Kryo fails, reads a value of another type, or reads a different
     *     number of bytes than were written
     */
    @Override
    public T deserialize(DataInputView in) throws IOException {
        int length = ArrayLengths.read(in, Byte.BYTES, type);
        DataInputDeserializer buffered = in instanceof DataInputDeserializer d ? d : null;
        Input i = input;
        int offset;
        if (buffered != null) {
            offset = buffered.position();
            i.setBuffer(buffered.buffer(), offset, length);
        } else {
            byte[] scratch = readBuffer.length >= length ? readBuffer : new byte[Math.max(length, INITIAL_BUFFER_BYTES)];
            in.readFully(scratch, 0, length);
            readBuffer = scratch.length > MAX_RETAINED_BUFFER_BYTES ? EMPTY : scratch;
            offset = 0;
            i.setBuffer(scratch, 0, length);
        }
        Object value;
        int consumed;
        try {
            value = writesClass ? kryo.readClassAndObject(i) : kryo.readObject(i, type);
            consumed = i.position() - offset;
        } catch (RuntimeException e) {
            throw new SerializationException(type, "Kryo cannot deserialize " + length + " bytes", e);
        } finally {
            i.setBuffer(EMPTY);
        }
        if (consumed != length) {
            throw new SerializationException(type, "Kryo read " + consumed + " of the " + length
                    + " bytes written; the input is corrupt or the class changed");
        }
        if (!type.isInstance(value)) {
            throw new SerializationException(type, "Kryo read a "
                    + (value == null ? "null" : value.getClass().getName()) + " instead");
        }
        if (buffered != null) {
            buffered.skipBytesToRead(length);
        }
        return type.cast(value);
    }

    /** Returns a new serializer for the same type, with its own Kryo instance and buffers. */
    @Override
    public KryoSerializer<T> duplicate() {
        return new KryoSerializer<>(type);
    }

    /** Returns the declared type of the values. */
    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return "KryoSerializer[" + type.getName() + ']';
    }
}
