package io.ebbflow.runtime.state.heap;

import io.ebbflow.api.state.ValueState;

final class HeapValueState<K, N, V> extends AbstractHeapState<K, N, V> implements ValueState<V> {

    HeapValueState(HeapKeyedStateBackend<K> backend, StateTable<K, N, V> table, String name) {
        super(backend, table, name);
    }

    @Override
    public V value() {
        return getCurrent();
    }

    @Override
    public void update(V value) {
        if (value == null) {
            clear();
        } else {
            putCurrent(value);
        }
    }
}
