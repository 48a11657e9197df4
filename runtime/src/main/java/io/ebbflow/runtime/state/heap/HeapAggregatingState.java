package io.ebbflow.runtime.state.heap;

import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.state.AggregatingState;
import io.ebbflow.runtime.state.InternalMergingState;
import io.ebbflow.runtime.state.StateBackendException;
import java.util.Collection;

final class HeapAggregatingState<K, N, IN, ACC, OUT> extends AbstractHeapState<K, N, ACC>
        implements AggregatingState<IN, OUT>, InternalMergingState<N> {

    private final AggregateFunction<IN, ACC, OUT> fn;

    HeapAggregatingState(HeapKeyedStateBackend<K> backend, StateTable<K, N, ACC> table, String name,
            AggregateFunction<IN, ACC, OUT> fn) {
        super(backend, table, name);
        this.fn = fn;
    }

    @Override
    public OUT get() {
        ACC acc = getCurrent();
        return acc == null ? null : fn.getResult(acc);
    }

    @Override
    public void add(IN value) {
        ACC acc = getCurrent();
        try {
            putCurrent(fn.add(value, acc == null ? fn.createAccumulator() : acc));
        } catch (RuntimeException e) {
            throw new StateBackendException("The aggregate function of aggregating state '" + name + "' failed", e);
        }
    }

    @Override
    public void mergeNamespaces(N target, Collection<N> sources) {
        K key = backend.currentKeyOrFail(name);
        ACC merged = null;
        for (N source : sources) {
            ACC part = table.remove(key, source);
            if (part != null) {
                merged = merged == null ? part : fn.merge(merged, part);
            }
        }
        if (merged != null) {
            ACC existing = table.get(key, target);
            table.put(key, target, existing == null ? merged : fn.merge(existing, merged));
        }
    }
}
