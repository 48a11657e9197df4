package io.ebbflow.api.eventtime;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How a stream gets event timestamps and watermarks, in Flink's shape:
 * {@code WatermarkStrategy.<T>forBoundedOutOfOrderness(Duration.ofSeconds(5)).withTimestampAssigner((e, ts) -> e.time())}.
 *
 * <p>A strategy is a factory: each source split or subtask creates its own generator and assigner.
 */
public interface WatermarkStrategy<T> extends Serializable {

    WatermarkGenerator<T> createWatermarkGenerator();

    /** The default keeps the timestamp the source attached. */
    default TimestampAssigner<T> createTimestampAssigner() {
        return (element, recordTimestamp) -> recordTimestamp;
    }

    /** Returns a strategy with the same watermarks and {@code assigner} for timestamps. */
    default WatermarkStrategy<T> withTimestampAssigner(TimestampAssigner<T> assigner) {
        Objects.requireNonNull(assigner, "assigner");
        WatermarkStrategy<T> base = this;
        return new WatermarkStrategy<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public WatermarkGenerator<T> createWatermarkGenerator() {
                return base.createWatermarkGenerator();
            }

            @Override
            public TimestampAssigner<T> createTimestampAssigner() {
                return assigner;
            }
        };
    }

    /** Returns a strategy that marks a split idle after {@code idleTimeout} without records. */
    default WatermarkStrategy<T> withIdleness(Duration idleTimeout) {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        WatermarkStrategy<T> base = this;
        return new WatermarkStrategy<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public WatermarkGenerator<T> createWatermarkGenerator() {
                return new WatermarksWithIdleness<>(base.createWatermarkGenerator(), idleTimeout);
            }

            @Override
            public TimestampAssigner<T> createTimestampAssigner() {
                return base.createTimestampAssigner();
            }
        };
    }

    /** Watermarks for timestamps that never decrease: the watermark trails the largest timestamp by 1 ms. */
    static <T> WatermarkStrategy<T> forMonotonousTimestamps() {
        return () -> new BoundedOutOfOrdernessWatermarks<>(Duration.ZERO);
    }

    /** Watermarks that trail the largest timestamp seen by {@code maxOutOfOrderness}. */
    static <T> WatermarkStrategy<T> forBoundedOutOfOrderness(Duration maxOutOfOrderness) {
        Objects.requireNonNull(maxOutOfOrderness, "maxOutOfOrderness");
        return () -> new BoundedOutOfOrdernessWatermarks<>(maxOutOfOrderness);
    }

    /** No watermarks at all: event-time timers and windows never fire until the end of input. */
    static <T> WatermarkStrategy<T> noWatermarks() {
        return () -> new WatermarkGenerator<>() {
            @Override
            public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

            @Override
            public void onPeriodicEmit(WatermarkOutput output) {}
        };
    }
}
