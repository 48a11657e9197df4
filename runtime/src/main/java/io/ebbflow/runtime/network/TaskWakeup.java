package io.ebbflow.runtime.network;

import java.util.concurrent.locks.LockSupport;

/**
 * Parks a task's thread while it has nothing to do and wakes it when input or mail arrives.
 *
 * <p>Lost wake-ups are impossible by ordering: the task sets {@link #sleeping}, re-checks its inputs and
 * mailbox, then parks; a producer publishes first, then reads {@code sleeping}. Both are volatile, so one
 * of them sees the other. Spurious wake-ups are harmless: the loop re-checks.
 */
public final class TaskWakeup {

    private volatile Thread thread;
    private volatile boolean sleeping;

    /** Binds the wake-up to the calling thread; called once by the task thread at start. */
    public void bindToCurrentThread() {
        thread = Thread.currentThread();
    }

    /** Wakes the task if it sleeps. Any thread. */
    public void wake() {
        if (sleeping) {
            Thread t = thread;
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
    }

    /** Marks the task as about to sleep; the caller then re-checks for work before {@link #park}. */
    public void prepareToSleep() {
        sleeping = true;
    }

    /** Parks up to {@code maxNanos} (or until woken), then clears the sleeping mark. Task thread only. */
    public void park(long maxNanos) {
        if (maxNanos > 0) {
            LockSupport.parkNanos(this, maxNanos);
        }
        sleeping = false;
    }

    /** Clears the sleeping mark without parking (work was found on the re-check). */
    public void cancelSleep() {
        sleeping = false;
    }
}
