package io.ebbflow.api.eventtime;

/**
 * A promise that no record with a timestamp at or below {@code timestamp} (ms) follows on this stream.
 * {@link #MAX_WATERMARK} marks the end of event time (end of input).
 */
public record Watermark(long timestamp) {
    public static final Watermark MAX_WATERMARK = new Watermark(Long.MAX_VALUE);
    public static final Watermark UNINITIALIZED = new Watermark(Long.MIN_VALUE);
}
