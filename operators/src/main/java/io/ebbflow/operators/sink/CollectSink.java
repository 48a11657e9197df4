package io.ebbflow.operators.sink;

import io.ebbflow.api.connector.sink.Sink;
import io.ebbflow.api.connector.sink.SinkWriter;
import io.ebbflow.api.connector.sink.WriterInitContext;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The sink behind {@code executeAndCollect}: hands records to the client thread through a bounded queue
 * (so a slow reader backpressures the job) in the same JVM. Runs with parallelism 1.
 */
public final class CollectSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;

    /** Marks the end of the records in the queue. */
    static final Object END = new Object();

    private final transient Buffer buffer;

    public CollectSink(Buffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) throws IOException, InterruptedException {
                buffer.put(element);
            }

            @Override
            public void flush(boolean endOfInput) throws InterruptedException, IOException {
                if (endOfInput) {
                    buffer.put(END);
                }
            }

            @Override
            public void close() {}
        };
    }

    /** The queue between the sink and the client's iterator. */
    public static final class Buffer {
        private final BlockingQueue<Object> queue;
        private volatile boolean closed;

        /** @param capacity records held before the sink waits for the reader */
        public Buffer(int capacity) {
            this.queue = new ArrayBlockingQueue<>(capacity);
        }

        void put(Object value) throws InterruptedException, IOException {
            while (!queue.offer(value, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new IOException("the client closed the collect iterator");
                }
            }
        }

        /** Takes the next value, waiting up to {@code timeoutMillis}; null on time-out; {@link #isEnd} at end. */
        public Object poll(long timeoutMillis) throws InterruptedException {
            return queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        }

        public static boolean isEnd(Object value) {
            return value == END;
        }

        /** Releases a sink waiting on a full queue; its job then fails or is canceled. */
        public void close() {
            closed = true;
            queue.clear();
        }
    }
}
