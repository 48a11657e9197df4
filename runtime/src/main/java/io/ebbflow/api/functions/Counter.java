package io.ebbflow.api.functions;

/** A long counter owned by one subtask; not thread-safe (only its subtask's thread updates it). */
public interface Counter {
    void inc();

    void inc(long n);

    long getCount();
}
