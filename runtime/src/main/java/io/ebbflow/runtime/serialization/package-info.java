/**
 * Serializers for the places where the runtime needs bytes: keyed state in RocksDB, the external sorter of
 * backlog mode, checkpoints and savepoints. Records passed between tasks inside one JVM are never serialized.
 *
 * <p>Entry points: {@link io.ebbflow.runtime.serialization.Serializers#forClass(Class)} picks the fastest
 * exact {@link io.ebbflow.api.serialization.Serializer} for a class (built-ins, then records, enums, and
 * Kryo for the rest); {@link io.ebbflow.runtime.serialization.Serializers#dynamic()} handles values whose
 * class is known only at run time. Serializers write to a
 * {@link io.ebbflow.runtime.serialization.DataOutputSerializer} and read from a
 * {@link io.ebbflow.runtime.serialization.DataInputDeserializer}; both are reused across values, so the
 * per-value path allocates nothing but the objects deserialized.
 *
 * <p>Formats are big-endian, lengths and counts are unsigned LEB128 varints, and strings are UTF-8. Equal
 * values give equal bytes (so serialized keys may be compared and hashed as bytes), except for classes that
 * Kryo serializes nondeterministically, such as {@code HashMap}.
 *
 * <p>Errors: an I/O failure of a view, or input that ends early ({@link java.io.EOFException}), is an
 * {@link java.io.IOException}; bytes that cannot be decoded, inaccessible classes and Kryo failures are a
 * {@link io.ebbflow.runtime.serialization.SerializationException} naming the class.
 *
 * <p>Thread-safety: a serializer is used by one thread at a time; stateless ones (the built-ins, enums and
 * records without Kryo components) return themselves from {@code duplicate()} and may be shared.
 */
package io.ebbflow.runtime.serialization;
