package io.ebbflow.runtime.tasks;

import io.ebbflow.runtime.timers.ProcessingTimeService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Processing time for one task: a job-wide scheduler thread waits for the wall clock, then puts the
 * callback into the task's mailbox, so callbacks run on the task thread.
 */
final class MailboxProcessingTimeService implements ProcessingTimeService {

    private final ScheduledExecutorService scheduler;
    private final Mailbox mailbox;
    private volatile boolean quiesced;

    MailboxProcessingTimeService(ScheduledExecutorService scheduler, Mailbox mailbox) {
        this.scheduler = scheduler;
        this.mailbox = mailbox;
    }

    @Override
    public long getCurrentProcessingTime() {
        return System.currentTimeMillis();
    }

    @Override
    public Cancellable registerTimer(long timestampMillis, ProcessingTimeCallback callback) {
        TimerHandle handle = new TimerHandle();
        if (quiesced) {
            return handle;
        }
        long delay = Math.max(0, timestampMillis - System.currentTimeMillis());
        handle.future = scheduler.schedule(() -> mailbox.put(() -> {
            if (!handle.canceled && !quiesced) {
                callback.onProcessingTime(timestampMillis);
            }
        }), delay, TimeUnit.MILLISECONDS);
        return handle;
    }

    /** Stops firing timers; called when the task ends. */
    void quiesce() {
        quiesced = true;
    }

    private static final class TimerHandle implements Cancellable {
        volatile boolean canceled;
        volatile ScheduledFuture<?> future;

        @Override
        public void cancel() {
            canceled = true;
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
