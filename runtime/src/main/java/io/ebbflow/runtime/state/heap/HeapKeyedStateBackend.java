package io.ebbflow.runtime.state.heap;

import io.ebbflow.api.state.AggregatingStateDescriptor;
import io.ebbflow.api.state.ReducingStateDescriptor;
import io.ebbflow.api.state.State;
import io.ebbflow.api.state.StateDescriptor;
import io.ebbflow.runtime.keygroup.KeyGroupRange;
import io.ebbflow.runtime.keygroup.KeyGroupRangeAssignment;
import io.ebbflow.runtime.state.KeyedStateBackend;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Keyed state as Java objects in hash maps ({@code state.backend.type: hashmap}).
 *
 * <p>Fastest while the state fits the heap: no serialization on access. Values are stored by reference, so
 * a value read from state and mutated in place is mutated in state too (as in Flink's heap backend).
 *
 * <p>Threading: one subtask's thread.
 */
public final class HeapKeyedStateBackend<K> implements KeyedStateBackend<K> {

    private record Registered(StateDescriptor.Type type, Object handle, StateTable<?, ?, ?> table) {}

    private final KeyGroupRange keyGroupRange;
    private final int numberOfKeyGroups;
    private final Map<String, Registered> states = new HashMap<>();
    private K currentKey;
    private int currentKeyGroup = -1;
    private boolean closed;

    public HeapKeyedStateBackend(KeyGroupRange keyGroupRange, int numberOfKeyGroups) {
        this.keyGroupRange = Objects.requireNonNull(keyGroupRange, "keyGroupRange");
        this.numberOfKeyGroups = numberOfKeyGroups;
    }

    @Override
    public void setCurrentKey(K key) {
        this.currentKey = Objects.requireNonNull(key, "key");
        this.currentKeyGroup = -1;
    }

    @Override
    public K getCurrentKey() {
        return currentKey;
    }

    K currentKeyOrFail(String stateName) {
        K k = currentKey;
        if (k == null) {
            throw new IllegalStateException("State '" + stateName + "' was accessed without a current key: keyed state is "
                    + "only available while a keyed operator processes a record or a timer");
        }
        return k;
    }

    @Override
    public int getCurrentKeyGroupIndex() {
        if (currentKeyGroup < 0) {
            currentKeyGroup = KeyGroupRangeAssignment.assignToKeyGroup(currentKey, numberOfKeyGroups);
        }
        return currentKeyGroup;
    }

    @Override
    public KeyGroupRange getKeyGroupRange() {
        return keyGroupRange;
    }

    @Override
    public int getNumberOfKeyGroups() {
        return numberOfKeyGroups;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <S extends State> S getOrCreateKeyedState(StateDescriptor<S, ?> descriptor) {
        if (closed) {
            throw new IllegalStateException("The keyed state backend is closed");
        }
        Registered existing = states.get(descriptor.getName());
        if (existing != null) {
            if (existing.type() != descriptor.getType()) {
                throw new IllegalStateException("State '" + descriptor.getName() + "' exists as " + existing.type()
                        + " state; it cannot be redeclared as " + descriptor.getType() + " state");
            }
            return (S) existing.handle();
        }
        StateTable table = new StateTable<>();
        String name = descriptor.getName();
        Object handle = switch (descriptor.getType()) {
            case VALUE -> new HeapValueState<>(this, table, name);
            case LIST -> new HeapListState<>(this, table, name);
            case MAP -> new HeapMapState<>(this, table, name);
            case REDUCING -> new HeapReducingState<>(this, table, name,
                    ((ReducingStateDescriptor) descriptor).getReduceFunction());
            case AGGREGATING -> new HeapAggregatingState<>(this, table, name,
                    ((AggregatingStateDescriptor) descriptor).getAggregateFunction());
        };
        states.put(name, new Registered(descriptor.getType(), handle, table));
        return (S) handle;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <N> Stream<K> getKeys(String stateName, N namespace) {
        Registered r = states.get(stateName);
        if (r == null) {
            return Stream.empty();
        }
        return ((StateTable<K, N, ?>) r.table()).keys(namespace);
    }

    /** Returns the number of (key, namespace) entries of a state; 0 when it does not exist. For tests and metrics. */
    public int numberOfEntries(String stateName) {
        Registered r = states.get(stateName);
        return r == null ? 0 : r.table().size();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            states.values().forEach(r -> r.table().clear());
            states.clear();
        }
    }
}
