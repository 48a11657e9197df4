package io.ebbflow.runtime.network;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A bounded single-producer, single-consumer channel of {@link ElementBatch}es between two subtasks.
 *
 * <p>The channel owns a fixed pool of {@code capacityBatches} batches, and every batch in flight counts: the
 * one the producer fills, those queued, the one the consumer processes. A producer that finds no free batch
 * waits: that is backpressure, and it bounds the records between the two tasks to
 * {@code capacityBatches * recordsPerBatch} per channel. With two or more batches the producer fills one
 * while the consumer processes another. Synchronization is per batch, never per record.
 *
 * <p>Threading: {@link #acquire} and {@link #send} by the producer thread only; {@link #poll} and
 * {@link #recycle} by the consumer thread only.
 */
public final class BatchChannel {

    private final SpscRing<ElementBatch> queued;
    private final SpscRing<ElementBatch> free;
    private final int capacityBatches;
    private final int recordsPerBatch;
    private final TaskWakeup consumer;
    private final int channelIndex;
    private final AtomicInteger queuedRecords = new AtomicInteger();
    private final AtomicLong producerWaitNanos = new AtomicLong();
    private volatile Thread waitingProducer;
    private volatile int maxQueuedRecords;

    /**
     * @param capacityBatches batches in flight on this channel, at least 1
     * @param recordsPerBatch elements per batch, at least 2 (a record and a control element)
     * @param consumer woken when a batch is sent
     * @param channelIndex this channel's index in the consumer's input gate
     */
    public BatchChannel(int capacityBatches, int recordsPerBatch, TaskWakeup consumer, int channelIndex) {
        if (capacityBatches < 1) {
            throw new IllegalArgumentException("capacityBatches must be >= 1, was " + capacityBatches);
        }
        if (recordsPerBatch < 2) {
            throw new IllegalArgumentException("recordsPerBatch must be >= 2, was " + recordsPerBatch);
        }
        this.capacityBatches = capacityBatches;
        this.recordsPerBatch = recordsPerBatch;
        this.consumer = consumer;
        this.channelIndex = channelIndex;
        int pool = capacityBatches;
        this.queued = new SpscRing<>(pool);
        this.free = new SpscRing<>(pool);
        for (int i = 0; i < pool; i++) {
            ElementBatch b = new ElementBatch(recordsPerBatch);
            b.channelIndex = channelIndex;
            free.offer(b);
        }
    }

    /**
     * Takes an empty batch to fill, waiting while none is free (backpressure).
     *
     * @param canceled polled while waiting; when it returns true the wait ends with {@link TaskCanceledException}
     */
    public ElementBatch acquire(BooleanSupplier canceled) {
        ElementBatch b = free.poll();
        if (b != null) {
            return b;
        }
        return acquireSlowPath(canceled);
    }

    private ElementBatch acquireSlowPath(BooleanSupplier canceled) {
        long start = System.nanoTime();
        waitingProducer = Thread.currentThread();
        try {
            while (true) {
                ElementBatch b = free.poll();
                if (b != null) {
                    return b;
                }
                if (canceled.getAsBoolean()) {
                    throw new TaskCanceledException();
                }
                LockSupport.parkNanos(this, 10_000_000L);
            }
        } finally {
            waitingProducer = null;
            producerWaitNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** Hands a filled batch to the consumer. Never blocks: the pool guarantees room. */
    public void send(ElementBatch batch) {
        int records = batch.recordCount();
        int now = queuedRecords.addAndGet(records);
        if (now > maxQueuedRecords) {
            maxQueuedRecords = now;
        }
        if (!queued.offer(batch)) {
            throw new IllegalStateException("channel overflow: more batches sent than the pool holds");
        }
        consumer.wake();
    }

    /** Takes the next queued batch, or null. Consumer thread. */
    public ElementBatch poll() {
        ElementBatch b = queued.poll();
        if (b != null) {
            queuedRecords.addAndGet(-b.recordCount());
        }
        return b;
    }

    /** True when a batch is queued. Consumer thread. */
    public boolean hasQueued() {
        return !queued.isEmpty();
    }

    /** Returns a processed batch to the pool and wakes a producer waiting for one. Consumer thread. */
    public void recycle(ElementBatch batch) {
        batch.clear();
        free.offer(batch);
        Thread p = waitingProducer;
        if (p != null) {
            LockSupport.unpark(p);
        }
    }

    public int channelIndex() {
        return channelIndex;
    }

    /** The most records that were ever queued at once (filled batches not yet taken by the consumer). */
    public int maxQueuedRecords() {
        return maxQueuedRecords;
    }

    /** The most records this channel can queue: {@code capacityBatches * recordsPerBatch}. */
    public int capacityRecords() {
        return capacityBatches * recordsPerBatch;
    }

    /** Nanoseconds the producer spent waiting for a free batch: its backpressured time. */
    public long producerWaitNanos() {
        return producerWaitNanos.get();
    }

    /** A bounded lock-free ring for one producer and one consumer thread. */
    static final class SpscRing<T> {
        private final AtomicReferenceArray<T> slots;
        private final int mask;
        private final AtomicLong head = new AtomicLong();
        private final AtomicLong tail = new AtomicLong();

        SpscRing(int minCapacity) {
            int cap = Integer.highestOneBit(Math.max(2, minCapacity) * 2 - 1);
            slots = new AtomicReferenceArray<>(cap);
            mask = cap - 1;
        }

        boolean offer(T value) {
            long t = tail.get();
            if (t - head.get() > mask) {
                return false;
            }
            slots.lazySet((int) t & mask, value);
            // A volatile store, not lazySet: the wake-up check that follows (a volatile read of the
            // consumer's sleeping flag) must not be reordered before it (Dekker-style hand-shake).
            tail.set(t + 1);
            return true;
        }

        T poll() {
            long h = head.get();
            if (h >= tail.get()) {
                return null;
            }
            int i = (int) h & mask;
            T v = slots.get(i);
            slots.lazySet(i, null);
            head.lazySet(h + 1);
            return v;
        }

        boolean isEmpty() {
            return head.get() >= tail.get();
        }
    }
}
