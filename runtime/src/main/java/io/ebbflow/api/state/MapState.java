package io.ebbflow.api.state;

import java.util.Map;

/**
 * A map per key. Iteration order is unspecified (RocksDB iterates in serialized-key order, the heap backend
 * in hash order). Iterators are invalidated by writes to the same state.
 */
public interface MapState<K, V> extends State {
    V get(K key);

    void put(K key, V value);

    void putAll(Map<K, V> map);

    void remove(K key);

    boolean contains(K key);

    Iterable<Map.Entry<K, V>> entries();

    Iterable<K> keys();

    Iterable<V> values();

    boolean isEmpty();
}
