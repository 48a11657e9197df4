package io.ebbflow.runtime.state.heap;

import io.ebbflow.api.functions.ReduceFunction;
import io.ebbflow.api.state.ReducingState;
import io.ebbflow.runtime.state.InternalMergingState;
import io.ebbflow.runtime.state.StateBackendException;
import java.util.Collection;

final class HeapReducingState<K, N, T> extends AbstractHeapState<K, N, T> implements ReducingState<T>, InternalMergingState<N> {

    private final ReduceFunction<T> reduceFunction;

    HeapReducingState(HeapKeyedStateBackend<K> backend, StateTable<K, N, T> table, String name, ReduceFunction<T> fn) {
        super(backend, table, name);
        this.reduceFunction = fn;
    }

    @Override
    public T get() {
        return getCurrent();
    }

    @Override
    public void add(T value) {
        T current = getCurrent();
        putCurrent(current == null ? value : reduce(current, value));
    }

    private T reduce(T a, T b) {
        try {
            return reduceFunction.reduce(a, b);
        } catch (Exception e) {
            throw new StateBackendException("The reduce function of reducing state '" + name + "' failed", e);
        }
    }

    @Override
    public void mergeNamespaces(N target, Collection<N> sources) {
        K key = backend.currentKeyOrFail(name);
        T merged = null;
        for (N source : sources) {
            T part = table.remove(key, source);
            if (part != null) {
                merged = merged == null ? part : reduce(merged, part);
            }
        }
        if (merged != null) {
            T existing = table.get(key, target);
            table.put(key, target, existing == null ? merged : reduce(existing, merged));
        }
    }
}
