package io.ebbflow.api.state;

import io.ebbflow.api.serialization.Serializer;
import java.io.Serializable;
import java.util.Objects;

/**
 * Names and types a keyed state. Equal names within one operator denote the same state.
 *
 * <p>The value type is given as a class (the runtime picks a serializer for it) or as an explicit
 * {@link Serializer}. Serializers matter only for backends that store bytes (RocksDB) and for snapshots.
 *
 * @param <S> the state handle type
 * @param <T> the stored value type
 */
public abstract class StateDescriptor<S extends State, T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of keyed state; a backend implements each. */
    public enum Type {
        VALUE,
        LIST,
        MAP,
        REDUCING,
        AGGREGATING
    }

    private final String name;
    private final Class<T> typeClass;
    private final transient Serializer<T> serializer;

    protected StateDescriptor(String name, Class<T> typeClass, Serializer<T> serializer) {
        if (Objects.requireNonNull(name, "name").isEmpty()) {
            throw new IllegalArgumentException("state name must not be empty");
        }
        if (typeClass == null && serializer == null) {
            throw new IllegalArgumentException("state '" + name + "' needs a type class or a serializer");
        }
        this.name = name;
        this.typeClass = typeClass;
        this.serializer = serializer;
    }

    public String getName() {
        return name;
    }

    /** The stored value's class, or null when only a serializer was given. */
    public Class<T> getTypeClass() {
        return typeClass;
    }

    /** The explicit serializer, or null when the runtime picks one from {@link #getTypeClass()}. */
    public Serializer<T> getSerializer() {
        return serializer;
    }

    public abstract Type getType();

    @Override
    public String toString() {
        return getType() + " state '" + name + "'";
    }
}
