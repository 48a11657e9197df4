package io.ebbflow.runtime.state;

import io.ebbflow.api.state.State;
import io.ebbflow.api.state.StateDescriptor;
import io.ebbflow.runtime.keygroup.KeyGroupRange;
import java.util.stream.Stream;

/**
 * Holds the keyed state of one keyed operator in one subtask, for the key groups that subtask owns.
 *
 * <p>State handles are bound to the backend's current key: the runtime calls {@link #setCurrentKey} before
 * each record and timer, and every read and write of a handle goes to that key (and to the handle's current
 * namespace, for windows). Implementations are named by strategy: {@code HeapKeyedStateBackend} (objects
 * in hash maps), {@code RocksDbKeyedStateBackend} (serialized, on disk), {@code BatchKeyedStateBackend}
 * (only the current key, for sorted input — FLIP-327).
 *
 * <p>Threading: used only by its subtask's thread. Lifecycle: created when the task starts, state handles
 * created in {@code open}, {@link #close()} when the task ends.
 *
 * @param <K> the key type
 */
public interface KeyedStateBackend<K> extends AutoCloseable {

    /**
     * Sets the key that state handles read and write.
     *
     * @throws NullPointerException when {@code key} is null
     */
    void setCurrentKey(K key);

    /** Returns the current key; null before the first {@link #setCurrentKey}. */
    K getCurrentKey();

    /** Returns the current key's key group. */
    int getCurrentKeyGroupIndex();

    /** Returns the key groups this backend owns. */
    KeyGroupRange getKeyGroupRange();

    /** Returns the total number of key groups (the job's max parallelism). */
    int getNumberOfKeyGroups();

    /**
     * Returns the state handle for {@code descriptor}, creating the state on first use. Calls with an equal
     * name return the same handle. The handle starts in the {@link VoidNamespace}; window operators switch it
     * with {@link InternalKvState#setCurrentNamespace}.
     *
     * @throws IllegalStateException when a state of the same name but another kind already exists
     */
    <S extends State> S getOrCreateKeyedState(StateDescriptor<S, ?> descriptor);

    /**
     * Returns the keys that have a value in state {@code stateName} under {@code namespace}. The stream must
     * be consumed before the state is modified.
     */
    <N> Stream<K> getKeys(String stateName, N namespace);

    /** Releases the state; further use fails. Idempotent. */
    @Override
    void close();
}
