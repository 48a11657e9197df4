package io.ebbflow.api.eventtime;

/**
 * Generates watermarks from records' timestamps. {@code onEvent} is called per record,
 * {@code onPeriodicEmit} every {@code pipeline.auto-watermark-interval}. Used by one thread.
 */
public interface WatermarkGenerator<T> {
    void onEvent(T event, long eventTimestamp, WatermarkOutput output);

    void onPeriodicEmit(WatermarkOutput output);
}
