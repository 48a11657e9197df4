package io.ebbflow.runtime.tasks;

import io.ebbflow.api.connector.source.InputStatus;
import io.ebbflow.runtime.network.TaskWakeup;
import io.ebbflow.runtime.operators.TaskInfo;
import io.ebbflow.runtime.source.SourceOperator;
import java.util.concurrent.CompletableFuture;

/**
 * Polls a source reader from the task loop, up to {@link #POLLS_PER_CALL} times per call. When the reader
 * has nothing, the task parks until the reader's availability future completes; a reader whose future is
 * always complete is polled again after {@link #IDLE_POLL_NANOS}.
 */
final class SourceTaskInput implements TaskInput {

    static final int POLLS_PER_CALL = 64;
    static final long IDLE_POLL_NANOS = 1_000_000L;

    private final SourceOperator<?, ?> operator;
    private final OperatorMetrics metrics;
    private final TaskWakeup wakeup;
    private final String name;
    private final String subtask;
    private CompletableFuture<Void> availability;
    private boolean pollAgainSoon;

    SourceTaskInput(SourceOperator<?, ?> operator, OperatorMetrics metrics, TaskWakeup wakeup, String name, TaskInfo info) {
        this.operator = operator;
        this.metrics = metrics;
        this.wakeup = wakeup;
        this.name = name;
        this.subtask = (info.subtaskIndex() + 1) + "/" + info.parallelism();
    }

    @Override
    public int processInput() throws Exception {
        if (availability != null) {
            if (!availability.isDone()) {
                return NOTHING_AVAILABLE;
            }
            availability = null;
        }
        pollAgainSoon = false;
        try {
            for (int i = 0; i < POLLS_PER_CALL; i++) {
                InputStatus s = operator.emitNext();
                if (s == InputStatus.END_OF_INPUT) {
                    return END_OF_INPUT;
                }
                if (s == InputStatus.NOTHING_AVAILABLE) {
                    CompletableFuture<Void> f = operator.isAvailable();
                    if (f.isDone()) {
                        pollAgainSoon = true;
                    } else {
                        availability = f;
                        f.thenRun(wakeup::wake);
                    }
                    return NOTHING_AVAILABLE;
                }
            }
        } catch (Throwable t) {
            throw OperatorException.wrap(name, subtask, t);
        }
        return MORE_AVAILABLE;
    }

    @Override
    public boolean hasInputNow() {
        return availability != null && availability.isDone();
    }

    @Override
    public long maxParkNanos() {
        return pollAgainSoon ? IDLE_POLL_NANOS : 100_000_000L;
    }

    /** The operator's records-out counter doubles as the source's records-in. */
    OperatorMetrics metrics() {
        return metrics;
    }
}
