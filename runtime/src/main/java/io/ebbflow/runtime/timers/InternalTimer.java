package io.ebbflow.runtime.timers;

/**
 * A timer of a key in a namespace. Equal (timestamp, key, namespace) triples are one timer.
 *
 * @param timestamp when it fires, in ms (event time or processing time)
 */
public record InternalTimer<K, N>(long timestamp, K key, N namespace) {}
