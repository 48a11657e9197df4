package io.ebbflow.api;

import java.util.Iterator;

/** An iterator over a job's results that cancels the job when closed early. */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
    @Override
    void close();
}
