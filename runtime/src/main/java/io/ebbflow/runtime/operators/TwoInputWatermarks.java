package io.ebbflow.runtime.operators;

/**
 * Combines the watermarks of two inputs into the operator's event time: the minimum of the two. A
 * collaborator of two-input operators, so that no base class carries two-input fields.
 *
 * <p>Not thread-safe: the task thread.
 */
public final class TwoInputWatermarks {

    private long input1 = Long.MIN_VALUE;
    private long input2 = Long.MIN_VALUE;
    private long combined = Long.MIN_VALUE;

    /**
     * Records a watermark of input {@code inputId} (1 or 2).
     *
     * @return the new combined watermark, or {@link Long#MIN_VALUE} when it did not advance
     */
    public long update(int inputId, long watermark) {
        if (inputId == 1) {
            input1 = Math.max(input1, watermark);
        } else {
            input2 = Math.max(input2, watermark);
        }
        long min = Math.min(input1, input2);
        if (min > combined) {
            combined = min;
            return min;
        }
        return Long.MIN_VALUE;
    }

    public long current() {
        return combined;
    }
}
