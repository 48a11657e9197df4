package io.ebbflow.runtime.timers;

/**
 * The wall clock of a task and its processing-time timers. Callbacks run on the task's thread (as mails of
 * its mailbox), never concurrently with record processing, so they may touch operator state freely.
 */
public interface ProcessingTimeService {

    /** Milliseconds since the epoch. */
    long getCurrentProcessingTime();

    /**
     * Schedules {@code callback} to run on the task thread at wall-clock {@code timestampMillis} (at once if
     * in the past).
     *
     * @return a handle that cancels the timer if it has not fired
     */
    Cancellable registerTimer(long timestampMillis, ProcessingTimeCallback callback);

    /** A scheduled timer. */
    interface Cancellable {
        void cancel();
    }

    /** Code to run when a processing-time timer fires; throwing fails the task. */
    @FunctionalInterface
    interface ProcessingTimeCallback {
        void onProcessingTime(long timestampMillis) throws Exception;
    }
}
