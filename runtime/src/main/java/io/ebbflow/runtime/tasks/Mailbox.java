package io.ebbflow.runtime.tasks;

import io.ebbflow.runtime.network.TaskWakeup;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The control actions of a task: timers, checkpoint triggers, cancellation. Any thread may put mail; only
 * the task thread runs it, between batches of input, so mail never runs concurrently with records and
 * operators need no locks (Flink's mailbox model).
 */
public final class Mailbox {

    /** An action run on the task thread; throwing fails the task. */
    @FunctionalInterface
    public interface Mail {
        void run() throws Exception;
    }

    private final ConcurrentLinkedQueue<Mail> queue = new ConcurrentLinkedQueue<>();
    private final TaskWakeup wakeup;

    public Mailbox(TaskWakeup wakeup) {
        this.wakeup = wakeup;
    }

    /** Enqueues mail and wakes the task. Any thread. */
    public void put(Mail mail) {
        queue.add(mail);
        wakeup.wake();
    }

    /** Cheap check, made once per loop iteration. */
    public boolean hasMail() {
        return !queue.isEmpty();
    }

    /** Runs all queued mail, including mail that running mail enqueues. Task thread. */
    public void runAll() throws Exception {
        Mail m;
        while ((m = queue.poll()) != null) {
            m.run();
        }
    }

    /** Drops queued mail; called when the task ends. */
    void clear() {
        queue.clear();
    }
}
