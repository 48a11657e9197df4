package io.ebbflow.runtime.state.heap;

import io.ebbflow.api.state.ListState;
import io.ebbflow.runtime.state.InternalMergingState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

final class HeapListState<K, N, T> extends AbstractHeapState<K, N, List<T>> implements ListState<T>, InternalMergingState<N> {

    HeapListState(HeapKeyedStateBackend<K> backend, StateTable<K, N, List<T>> table, String name) {
        super(backend, table, name);
    }

    @Override
    public Iterable<T> get() {
        List<T> list = getCurrent();
        return list == null ? Collections.emptyList() : Collections.unmodifiableList(list);
    }

    @Override
    public void add(T value) {
        Objects.requireNonNull(value, () -> "list state '" + name + "' does not accept null");
        List<T> list = getCurrent();
        if (list == null) {
            list = new ArrayList<>();
            putCurrent(list);
        }
        list.add(value);
    }

    @Override
    public void addAll(List<T> values) {
        for (T v : values) {
            add(v);
        }
    }

    @Override
    public void update(List<T> values) {
        if (values == null || values.isEmpty()) {
            clear();
            return;
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T v : values) {
            copy.add(Objects.requireNonNull(v, () -> "list state '" + name + "' does not accept null"));
        }
        putCurrent(copy);
    }

    @Override
    public void mergeNamespaces(N target, Collection<N> sources) {
        K key = backend.currentKeyOrFail(name);
        List<T> merged = null;
        for (N source : sources) {
            List<T> part = table.remove(key, source);
            if (part != null) {
                if (merged == null) {
                    merged = part;
                } else {
                    merged.addAll(part);
                }
            }
        }
        if (merged != null) {
            List<T> existing = table.get(key, target);
            if (existing != null) {
                existing.addAll(merged);
            } else {
                table.put(key, target, merged);
            }
        }
    }
}
