package io.ebbflow.runtime.serialization;

/**
 * Thrown when a value cannot be turned into bytes or back, and the cause is neither an I/O failure of the
 * view nor a bug in the caller: a class that cannot be introspected, corrupt or incompatible bytes, a record
 * constructor that rejects the deserialized components, or a Kryo failure.
 *
 * <p>The message always names the class being (de)serialized; {@link #type()} returns it.
 */
public class SerializationException extends RuntimeException {

    private final Class<?> type;

    /**
     * Creates an exception about {@code type}.
     *
     * @param type the class being (de)serialized; not null
     * @param message what went wrong; the class name is prepended
     */
    public SerializationException(Class<?> type, String message) {
        this(type, message, null);
    }

    /**
     * Creates an exception about {@code type} that wraps {@code cause}.
     *
     * @param type the class being (de)serialized; not null
     * @param message what went wrong; the class name is prepended
     * @param cause the underlying failure, or null
     */
    public SerializationException(Class<?> type, String message, Throwable cause) {
        super(type.getName() + ": " + message, cause);
        this.type = type;
    }

    /** Returns the class that was being serialized or deserialized when this exception was thrown. */
    public Class<?> type() {
        return type;
    }
}
