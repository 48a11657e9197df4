package io.ebbflow.api.eventtime;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Wraps a generator and marks the output idle when no record arrived for {@code idleTimeout}, so that a
 * quiet split or partition does not hold back the watermark of the whole job.
 */
public class WatermarksWithIdleness<T> implements WatermarkGenerator<T> {

    private final WatermarkGenerator<T> delegate;
    private final long idleTimeoutNanos;
    private final LongSupplier nanoClock;
    private long lastEventNanos;
    private boolean idle;

    public WatermarksWithIdleness(WatermarkGenerator<T> delegate, Duration idleTimeout) {
        this(delegate, idleTimeout, System::nanoTime);
    }

    WatermarksWithIdleness(WatermarkGenerator<T> delegate, Duration idleTimeout, LongSupplier nanoClock) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
        this.delegate = delegate;
        this.idleTimeoutNanos = idleTimeout.toNanos();
        this.nanoClock = nanoClock;
        this.lastEventNanos = nanoClock.getAsLong();
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        lastEventNanos = nanoClock.getAsLong();
        if (idle) {
            idle = false;
            output.markActive();
        }
        delegate.onEvent(event, eventTimestamp, output);
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (idle) {
            return;
        }
        if (nanoClock.getAsLong() - lastEventNanos >= idleTimeoutNanos) {
            idle = true;
            output.markIdle();
        } else {
            delegate.onPeriodicEmit(output);
        }
    }
}
