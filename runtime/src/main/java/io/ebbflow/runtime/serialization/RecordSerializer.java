package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Serializes a Java record as its components, in declaration order, with no class names or field tags.
 *
 * <p>Format: a primitive component is written as its {@link DataOutputView} primitive (an {@code int} in 4
 * bytes, and so on). A reference component is written as a flag byte, 0 for null and 1 for a value, then
 * the value with the serializer {@link Serializers} picks for the component's declared class: built-ins,
 * nested records, enums, and Kryo for anything else (for a non-final declared type, such as {@code List},
 * Kryo also writes the value's class). Adding, removing, reordering or retyping components changes the
 * format.
 *
 * <p>Design: components and serializers are resolved once, here, with reflection; accessors and the
 * canonical constructor become {@link MethodHandle}s. Primitive components are read from the record
 * without boxing; deserialization allocates the argument array and boxes primitives for the constructor,
 * next to allocating the record itself. Records that contain themselves, directly or through other
 * records, are supported.
 *
 * <p>Thread-safety: the serializer holds no scratch state of its own. When every component serializer is
 * stateless, so is this one and {@link #duplicate()} returns {@code this}; when a component needs Kryo,
 * {@link #duplicate()} builds an independent copy, and each thread must use its own.
 *
 * <p>Errors: the record itself must not be null. {@link SerializationException} names the record class and
 * the component when an accessor, a component serializer or the canonical constructor fails, or when the
 * record class cannot be accessed (a named module must open its package to this one).
 *
 * @param <T> the record type
 */
public final class RecordSerializer<T extends Record> implements Serializer<T> {

    private static final byte NULL_FLAG = 0;
    private static final byte VALUE_FLAG = 1;
    private static final Object[] NO_ARGS = new Object[0];

    private final Class<T> type;
    private final Component[] components;
    /** The canonical constructor, spread: {@code (Object[]) -> Object}. */
    private final MethodHandle constructor;
    private final int fixedLengthBytes;
    private final boolean stateless;

    /**
     * Creates a serializer for {@code type}.
     *
     * @param type a record class; not null
     * @throws IllegalArgumentException when {@code type} is not a record class
     * @throws SerializationException when the accessors or the canonical constructor cannot be accessed
     */
    public RecordSerializer(Class<T> type) {
        this(type, new HashMap<>());
    }

    /**
     * Creates a serializer for {@code type}, reusing the serializers of records whose construction is under
     * way further up (in {@code inProgress}), which is how recursive records resolve.
     */
    RecordSerializer(Class<T> type, Map<Class<?>, Serializer<?>> inProgress) {
        Objects.requireNonNull(type, "type");
        if (!type.isRecord()) {
            throw new IllegalArgumentException("Not a record class: " + type.getName());
        }
        this.type = type;
        inProgress.put(type, this);
        RecordComponent[] declared = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[declared.length];
        Component[] resolved = new Component[declared.length];
        int fixedBytes = 0;
        boolean allStateless = true;
        for (int i = 0; i < declared.length; i++) {
            RecordComponent rc = declared[i];
            parameterTypes[i] = rc.getType();
            MethodHandle getter = accessor(type, rc);
            Component c = Component.of(rc.getName(), rc.getType(), getter, inProgress);
            resolved[i] = c;
            int componentBytes = c.fixedLengthBytes();
            fixedBytes = fixedBytes < 0 || componentBytes < 0 ? -1 : fixedBytes + componentBytes;
            allStateless &= c.isStatelessWithin(this);
        }
        this.components = resolved;
        this.constructor = canonicalConstructor(type, parameterTypes);
        this.fixedLengthBytes = fixedBytes;
        this.stateless = allStateless;
    }

    private static MethodHandle accessor(Class<?> type, RecordComponent component) {
        Method method = component.getAccessor();
        try {
            method.trySetAccessible();
            return MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new SerializationException(type, "cannot access the accessor of component '"
                    + component.getName() + "'; open its package to io.ebbflow.runtime", e);
        }
    }

    private static MethodHandle canonicalConstructor(Class<?> type, Class<?>[] parameterTypes) {
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(parameterTypes);
            ctor.trySetAccessible();
            return MethodHandles.lookup().unreflectConstructor(ctor)
                    .asSpreader(Object[].class, parameterTypes.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new SerializationException(type,
                    "cannot access the canonical constructor; open its package to io.ebbflow.runtime", e);
        }
    }

    /**
     * Writes the components of {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     * @throws SerializationException when an accessor or a component serializer fails
     */
    @Override
    public void serialize(T value, DataOutputView out) throws IOException {
        Objects.requireNonNull(value, "RecordSerializer does not accept a null record");
        Component[] cs = components;
        int i = 0;
        try {
            for (; i < cs.length; i++) {
                cs[i].write(value, out);
            }
        } catch (SerializationException e) {
            throw new SerializationException(type, "cannot serialize component '" + cs[i].name + "'", e);
        }
    }

    /**
     * Reads the components and calls the canonical constructor.
     *
     * @throws java.io.EOFException when the input ends before the record does
     * @throws SerializationException when a component cannot be read or the constructor throws
     */
    @Override
    public T deserialize(DataInputView in) throws IOException {
        Component[] cs = components;
        Object[] args = cs.length == 0 ? NO_ARGS : new Object[cs.length];
        int i = 0;
        try {
            for (; i < cs.length; i++) {
                args[i] = cs[i].read(in);
            }
        } catch (SerializationException e) {
            throw new SerializationException(type, "cannot deserialize component '" + cs[i].name + "'", e);
        }
        Object record;
        try {
            record = (Object) constructor.invokeExact(args);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new SerializationException(type, "the canonical constructor rejected the deserialized components", e);
        }
        return type.cast(record);
    }

    /** Returns the sum of the component lengths when every component is primitive, otherwise -1. */
    @Override
    public int fixedLengthBytes() {
        return fixedLengthBytes;
    }

    /**
     * Returns {@code this} when every component serializer is stateless, otherwise a new serializer with new
     * component serializers.
     */
    @Override
    public RecordSerializer<T> duplicate() {
        return stateless ? this : new RecordSerializer<>(type);
    }

    /** Returns the record class. */
    public Class<T> type() {
        return type;
    }

    /** Whether {@link #duplicate()} returns {@code this}; false while the constructor is still running. */
    boolean isStateless() {
        return stateless;
    }

    @Override
    public String toString() {
        return "RecordSerializer[" + type.getName() + ']';
    }

    /** Reads and writes one component; one subclass per primitive type keeps primitives unboxed. */
    private abstract static class Component {
        final String name;

        Component(String name) {
            this.name = name;
        }

        static Component of(String name, Class<?> type, MethodHandle getter, Map<Class<?>, Serializer<?>> inProgress) {
            if (type == int.class) {
                return new IntComponent(name, getter.asType(MethodType.methodType(int.class, Object.class)));
            } else if (type == long.class) {
                return new LongComponent(name, getter.asType(MethodType.methodType(long.class, Object.class)));
            } else if (type == double.class) {
                return new DoubleComponent(name, getter.asType(MethodType.methodType(double.class, Object.class)));
            } else if (type == float.class) {
                return new FloatComponent(name, getter.asType(MethodType.methodType(float.class, Object.class)));
            } else if (type == boolean.class) {
                return new BooleanComponent(name, getter.asType(MethodType.methodType(boolean.class, Object.class)));
            } else if (type == short.class) {
                return new ShortComponent(name, getter.asType(MethodType.methodType(short.class, Object.class)));
            } else if (type == byte.class) {
                return new ByteComponent(name, getter.asType(MethodType.methodType(byte.class, Object.class)));
            } else if (type == char.class) {
                return new CharComponent(name, getter.asType(MethodType.methodType(char.class, Object.class)));
            }
            @SuppressWarnings("unchecked")
            Serializer<Object> serializer = (Serializer<Object>) Serializers.create(type, inProgress);
            return new ReferenceComponent(name, type,
                    getter.asType(MethodType.methodType(Object.class, Object.class)), serializer);
        }

        abstract void write(Object record, DataOutputView out) throws IOException;

        abstract Object read(DataInputView in) throws IOException;

        /** Returns the serialized length, or -1 when it varies. */
        abstract int fixedLengthBytes();

        /**
         * Whether this component can be shared across threads as part of {@code owner}. A component that
         * refers back to {@code owner} itself adds no state; other records still under construction count
         * as stateful, since their flag is not known yet.
         */
        boolean isStatelessWithin(RecordSerializer<?> owner) {
            return true;
        }

        /** Turns a failure of the accessor into an exception that names the component. */
        final RuntimeException accessorFailed(Object record, Throwable t) {
            if (t instanceof Error e) {
                throw e;
            }
            return new SerializationException(record.getClass(), "the accessor of '" + name + "' threw", t);
        }
    }

    private static final class IntComponent extends Component {
        private final MethodHandle getter;

        IntComponent(String name, MethodHandle getter) {
            super(name);
            this.getter = getter;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            int v;
            try {
                v = (int) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            out.writeInt(v);
        }

        @Override
        Object read(DataInputView in) throws IOException {
            return in.readInt();
        }

        @Override
        int fixedLengthBytes() {
            return Integer.BYTES;
        }
    }

    private static final class LongComponent extends Component {
        private final MethodHandle getter;

        LongComponent(String name, MethodHandle getter) {
            super(name);
            this.getter = getter;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            long v;
            try {
                v = (long) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            out.writeLong(v);
        }

        @Override
        Object read(DataInputView in) throws IOException {
            return in.readLong();
        }

        @Override
        int fixedLengthBytes() {
            return Long.BYTES;
        }
    }

    private static final class DoubleComponent extends Component {
        private final MethodHandle getter;

        DoubleComponent(String name, MethodHandle getter) {
            super(name);
            this.getter = getter;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            double v;
            try {
                v = (double) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            out.writeDouble(v);
        }

        @Override
        Object read(DataInputView in) throws IOException {
            return in.readDouble();
        }

        @Override
        int fixedLengthBytes() {
            return Double.BYTES;
        }
    }

    private static final class FloatComponent extends Component {
        private final MethodHandle getter;

        FloatComponent(String name, MethodHandle getter) {
            super(name);
            this.getter = getter;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            float v;
            try {
                v = (float) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            out.writeFloat(v);
        }

        @Override
        Object read(DataInputView in) throws IOException {
            return in.readFloat();
        }

        @Override
        int fixedLengthBytes() {
            return Float.BYTES;
        }
    }

    private static final class BooleanComponent extends Component {
        private final MethodHandle getter;

        BooleanComponent(String name, MethodHandle getter) {
            super(name);
            this.getter = getter;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            boolean v;
            try {
                v = (boolean) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            out.writeBoolean(v);
        }

        @Override
        Object read(DataInputView in) throws IOException {
            return in.readBoolean();
        }

        @Override
        int fixedLengthBytes() {
            return 1;
        }
    }

    private static final class ShortComponent extends Component {
        private final MethodHandle getter;

        ShortComponent(String name, MethodHandle getter) {
            super(name);
            this.getter = getter;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            short v;
            try {
                v = (short) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            out.writeShort(v);
        }

        @Override
        Object read(DataInputView in) throws IOException {
            return in.readShort();
        }

        @Override
        int fixedLengthBytes() {
            return Short.BYTES;
        }
    }

    private static final class ByteComponent extends Component {
        private final MethodHandle getter;

        ByteComponent(String name, MethodHandle getter) {
            super(name);
            this.getter = getter;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            byte v;
            try {
                v = (byte) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            out.writeByte(v);
        }

        @Override
        Object read(DataInputView in) throws IOException {
            return in.readByte();
        }

        @Override
        int fixedLengthBytes() {
            return Byte.BYTES;
        }
    }

    private static final class CharComponent extends Component {
        private final MethodHandle getter;

        CharComponent(String name, MethodHandle getter) {
            super(name);
            this.getter = getter;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            char v;
            try {
                v = (char) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            out.writeChar(v);
        }

        @Override
        Object read(DataInputView in) throws IOException {
            return in.readChar();
        }

        @Override
        int fixedLengthBytes() {
            return Character.BYTES;
        }
    }

    /** A nullable component: a flag byte, then the value with its own serializer. */
    private static final class ReferenceComponent extends Component {
        private final Class<?> declaredType;
        private final MethodHandle getter;
        private final Serializer<Object> serializer;

        ReferenceComponent(String name, Class<?> declaredType, MethodHandle getter, Serializer<Object> serializer) {
            super(name);
            this.declaredType = declaredType;
            this.getter = getter;
            this.serializer = serializer;
        }

        @Override
        void write(Object record, DataOutputView out) throws IOException {
            Object v;
            try {
                v = (Object) getter.invokeExact(record);
            } catch (Throwable t) {
                throw accessorFailed(record, t);
            }
            if (v == null) {
                out.writeByte(NULL_FLAG);
            } else {
                out.writeByte(VALUE_FLAG);
                serializer.serialize(v, out);
            }
        }

        @Override
        Object read(DataInputView in) throws IOException {
            byte flag = in.readByte();
            if (flag == NULL_FLAG) {
                return null;
            }
            if (flag != VALUE_FLAG) {
                throw new SerializationException(declaredType, "null flag " + flag
                        + " read (expected 0 or 1); the input is corrupt");
            }
            return serializer.deserialize(in);
        }

        /** Always -1: a null takes 1 byte and a value more. */
        @Override
        int fixedLengthBytes() {
            return -1;
        }

        @Override
        boolean isStatelessWithin(RecordSerializer<?> owner) {
            return serializer == owner || Serializers.isStateless(serializer);
        }
    }
}
