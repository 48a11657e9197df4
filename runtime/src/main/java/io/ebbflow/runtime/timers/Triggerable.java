package io.ebbflow.runtime.timers;

/**
 * An operator's timer callbacks. Called on the task thread with the timer's key already set as the keyed
 * state backend's current key.
 */
public interface Triggerable<K, N> {
    void onEventTime(InternalTimer<K, N> timer) throws Exception;

    void onProcessingTime(InternalTimer<K, N> timer) throws Exception;
}
