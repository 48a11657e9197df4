package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.Serializer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the serializer for a class.
 *
 * <p>{@link #forClass(Class)} returns, from fastest to most general:
 * <ol>
 *   <li>a built-in for primitives and their boxes (either class literal: {@code int.class} and
 *       {@code Integer.class} give the same), {@code String}, {@code byte[]}, {@code int[]} and
 *       {@code long[]};</li>
 *   <li>a {@link RecordSerializer} for a record;</li>
 *   <li>an {@link EnumSerializer} for an enum (also when given the class of a constant with a body);</li>
 *   <li>a {@link KryoSerializer} for anything else.</li>
 * </ol>
 * {@link #dynamic()} is for values whose class is known only at run time.
 *
 * <p>Thread-safety: all methods may be called from any thread. Serializers are built once per class and
 * cached (in a {@link ClassValue}, so the cache does not keep classes from being unloaded), and every call
 * returns {@code cached.duplicate()}: stateless serializers are shared, while a serializer with scratch
 * state (Kryo) is a new instance that the caller must keep to one thread. Call this during setup, not per
 * record: a new Kryo instance is not cheap.
 */
public final class Serializers {

    private static final Logger LOG = LoggerFactory.getLogger(Serializers.class);

    private static final ClassValue<Serializer<?>> CACHE = new ClassValue<>() {
        @Override
        protected Serializer<?> computeValue(Class<?> type) {
            return create(type, new HashMap<>());
        }
    };

    private Serializers() {
    }

    /**
     * Returns the fastest exact serializer for values of {@code type}, for use by one thread.
     *
     * @param type the class of the values; a primitive class gives the serializer of its box
     * @param <T> the type of the values
     * @return a serializer that the caller may use from one thread at a time; shared when it is stateless
     * @throws NullPointerException when {@code type} is null
     * @throws IllegalArgumentException when {@code type} is {@code void} or {@code Void}
     * @throws SerializationException when {@code type} is a record whose members cannot be accessed
     */
    @SuppressWarnings("unchecked")
    public static <T> Serializer<T> forClass(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (type == void.class || type == Void.class) {
            throw new IllegalArgumentException("There are no values of type " + type.getName() + " to serialize");
        }
        return (Serializer<T>) CACHE.get(type).duplicate();
    }

    /**
     * Returns a new serializer that writes a type tag before each value, so that values of any class, and
     * null, can share one stream.
     */
    public static DynamicSerializer dynamic() {
        return new DynamicSerializer();
    }

    /** Returns the built-in serializer for {@code type}, or null when there is none. */
    static Serializer<?> builtIn(Class<?> type) {
        if (type == String.class) {
            return StringSerializer.INSTANCE;
        } else if (type == Integer.class || type == int.class) {
            return IntegerSerializer.INSTANCE;
        } else if (type == Long.class || type == long.class) {
            return LongSerializer.INSTANCE;
        } else if (type == Double.class || type == double.class) {
            return DoubleSerializer.INSTANCE;
        } else if (type == Boolean.class || type == boolean.class) {
            return BooleanSerializer.INSTANCE;
        } else if (type == Float.class || type == float.class) {
            return FloatSerializer.INSTANCE;
        } else if (type == Short.class || type == short.class) {
            return ShortSerializer.INSTANCE;
        } else if (type == Byte.class || type == byte.class) {
            return ByteSerializer.INSTANCE;
        } else if (type == Character.class || type == char.class) {
            return CharacterSerializer.INSTANCE;
        } else if (type == byte[].class) {
            return ByteArraySerializer.INSTANCE;
        } else if (type == int[].class) {
            return IntArraySerializer.INSTANCE;
        } else if (type == long[].class) {
            return LongArraySerializer.INSTANCE;
        }
        return null;
    }

    /**
     * Builds a serializer for {@code type} without the cache. {@code inProgress} holds the record serializers
     * being built further up, so that recursive records resolve to them instead of recursing forever.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Serializer<?> create(Class<?> type, Map<Class<?>, Serializer<?>> inProgress) {
        Serializer<?> builtIn = builtIn(type);
        if (builtIn != null) {
            return builtIn;
        }
        if (type.isRecord()) {
            Serializer<?> underConstruction = inProgress.get(type);
            return underConstruction != null ? underConstruction : new RecordSerializer(type, inProgress);
        }
        if (Enum.class.isAssignableFrom(type) && type != Enum.class) {
            Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
            return new EnumSerializer(enumType);
        }
        LOG.debug("No built-in serializer for {}; using Kryo. A record is faster and has a stable format.",
                type.getName());
        return new KryoSerializer<>(type);
    }

    /** Whether {@code serializer} may be shared across threads, so that a serializer containing it may be. */
    static boolean isStateless(Serializer<?> serializer) {
        if (serializer instanceof RecordSerializer<?> record) {
            return record.isStateless();
        }
        if (serializer instanceof KryoSerializer<?> || serializer instanceof DynamicSerializer) {
            return false;
        }
        return serializer.duplicate() == serializer;
    }
}
