package io.ebbflow.runtime.state.heap;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The values of one heap state: namespace, then key, to value. Namespace first, because all but window
 * states have a single namespace, so a lookup is one small map hit and one keyed map hit; the map for the
 * namespace in use is cached.
 */
final class StateTable<K, N, V> {

    private final Map<N, Map<K, V>> byNamespace = new HashMap<>();
    private N cachedNamespace;
    private Map<K, V> cachedMap;

    V get(K key, N namespace) {
        Map<K, V> m = mapFor(namespace, false);
        return m == null ? null : m.get(key);
    }

    void put(K key, N namespace, V value) {
        mapFor(namespace, true).put(key, value);
    }

    V remove(K key, N namespace) {
        Map<K, V> m = mapFor(namespace, false);
        if (m == null) {
            return null;
        }
        V old = m.remove(key);
        if (m.isEmpty()) {
            byNamespace.remove(namespace);
            cachedNamespace = null;
            cachedMap = null;
        }
        return old;
    }

    Stream<K> keys(N namespace) {
        Map<K, V> m = byNamespace.get(namespace);
        return m == null ? Stream.empty() : m.keySet().stream();
    }

    /** Total number of (key, namespace) entries; for tests and metrics. */
    int size() {
        int n = 0;
        for (Map<K, V> m : byNamespace.values()) {
            n += m.size();
        }
        return n;
    }

    Map<N, Map<K, V>> entriesByNamespace() {
        return byNamespace;
    }

    void clear() {
        byNamespace.clear();
        cachedNamespace = null;
        cachedMap = null;
    }

    private Map<K, V> mapFor(N namespace, boolean create) {
        if (namespace == cachedNamespace && cachedMap != null) {
            return cachedMap;
        }
        Map<K, V> m = byNamespace.get(namespace);
        if (m == null) {
            if (!create) {
                return null;
            }
            m = new HashMap<>();
            byNamespace.put(namespace, m);
        }
        cachedNamespace = namespace;
        cachedMap = m;
        return m;
    }
}
