package io.ebbflow.runtime.state.heap;

import io.ebbflow.api.state.State;
import io.ebbflow.runtime.state.InternalKvState;
import io.ebbflow.runtime.state.VoidNamespace;

/** Shared plumbing of the heap state handles: the table, the backend's current key, the namespace. */
abstract class AbstractHeapState<K, N, V> implements State, InternalKvState<N> {

    final HeapKeyedStateBackend<K> backend;
    final StateTable<K, N, V> table;
    final String name;
    N currentNamespace;

    @SuppressWarnings("unchecked")
    AbstractHeapState(HeapKeyedStateBackend<K> backend, StateTable<K, N, V> table, String name) {
        this.backend = backend;
        this.table = table;
        this.name = name;
        this.currentNamespace = (N) VoidNamespace.INSTANCE;
    }

    @Override
    public void setCurrentNamespace(N namespace) {
        this.currentNamespace = namespace;
    }

    final V getCurrent() {
        return table.get(backend.currentKeyOrFail(name), currentNamespace);
    }

    final void putCurrent(V value) {
        table.put(backend.currentKeyOrFail(name), currentNamespace, value);
    }

    @Override
    public void clear() {
        table.remove(backend.currentKeyOrFail(name), currentNamespace);
    }
}
