package io.ebbflow.runtime.state.heap;

import io.ebbflow.api.state.MapState;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

final class HeapMapState<K, N, UK, UV> extends AbstractHeapState<K, N, Map<UK, UV>> implements MapState<UK, UV> {

    HeapMapState(HeapKeyedStateBackend<K> backend, StateTable<K, N, Map<UK, UV>> table, String name) {
        super(backend, table, name);
    }

    private Map<UK, UV> readOnly() {
        Map<UK, UV> m = getCurrent();
        return m == null ? Collections.emptyMap() : m;
    }

    private Map<UK, UV> writable() {
        Map<UK, UV> m = getCurrent();
        if (m == null) {
            m = new HashMap<>();
            putCurrent(m);
        }
        return m;
    }

    @Override
    public UV get(UK key) {
        return readOnly().get(key);
    }

    @Override
    public void put(UK key, UV value) {
        writable().put(key, value);
    }

    @Override
    public void putAll(Map<UK, UV> map) {
        if (!map.isEmpty()) {
            writable().putAll(map);
        }
    }

    @Override
    public void remove(UK key) {
        Map<UK, UV> m = getCurrent();
        if (m != null) {
            m.remove(key);
            if (m.isEmpty()) {
                clear();
            }
        }
    }

    @Override
    public boolean contains(UK key) {
        return readOnly().containsKey(key);
    }

    @Override
    public Iterable<Map.Entry<UK, UV>> entries() {
        return Collections.unmodifiableMap(readOnly()).entrySet();
    }

    @Override
    public Iterable<UK> keys() {
        return Collections.unmodifiableMap(readOnly()).keySet();
    }

    @Override
    public Iterable<UV> values() {
        return Collections.unmodifiableMap(readOnly()).values();
    }

    @Override
    public boolean isEmpty() {
        return readOnly().isEmpty();
    }
}
