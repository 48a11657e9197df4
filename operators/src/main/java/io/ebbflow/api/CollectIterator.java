package io.ebbflow.api;

import io.ebbflow.operators.sink.CollectSink;
import io.ebbflow.runtime.execution.JobClient;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;

/** Reads the collect sink's buffer on the client thread; surfaces the job's failure. */
final class CollectIterator<T> implements CloseableIterator<T> {

    private final CollectSink.Buffer buffer;
    private final JobClient client;
    private Object next;
    private boolean ended;

    CollectIterator(CollectSink.Buffer buffer, JobClient client) {
        this.buffer = buffer;
        this.client = client;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            try {
                Object v = buffer.poll(50);
                if (v != null) {
                    if (CollectSink.Buffer.isEnd(v)) {
                        ended = true;
                        awaitJob();
                    } else {
                        next = v;
                    }
                } else if (client.getJobExecutionResult().isDone()) {
                    v = buffer.poll(0);
                    if (v == null || CollectSink.Buffer.isEnd(v)) {
                        ended = true;
                        awaitJob();
                    } else {
                        next = v;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for results", e);
            }
        }
        return next != null;
    }

    private void awaitJob() {
        try {
            client.getJobExecutionResult().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the job", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T v = (T) next;
        next = null;
        return v;
    }

    @Override
    public void close() {
        if (!client.getJobExecutionResult().isDone()) {
            buffer.close();
            client.cancel().join();
        }
    }
}
