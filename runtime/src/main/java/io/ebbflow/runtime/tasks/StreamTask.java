package io.ebbflow.runtime.tasks;

import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.config.ExecutionOptions;
import io.ebbflow.runtime.graph.JobVertex;
import io.ebbflow.runtime.graph.StreamEdge;
import io.ebbflow.runtime.network.BatchChannel;
import io.ebbflow.runtime.network.ElementBatch;
import io.ebbflow.runtime.network.InputGate;
import io.ebbflow.runtime.network.RecordWriter;
import io.ebbflow.runtime.network.TaskCanceledException;
import io.ebbflow.runtime.network.TaskWakeup;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.SimpleCounter;
import io.ebbflow.runtime.operators.TaskInfo;
import io.ebbflow.runtime.operators.TwoInputStreamOperator;
import io.ebbflow.runtime.source.SourceOperator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subtask of an operator chain, run by one thread.
 *
 * <p>The loop is Flink's mailbox model: {@code while (running) { run mail; process a bounded amount of
 * input }}. Mail (timers, checkpoint triggers, cancellation) runs on the same thread between batches, so
 * operators are single-threaded and need no locks. When there is neither input nor mail the thread parks
 * until a producer or a mail sender wakes it, or until a partly filled output batch reaches the buffer
 * timeout.
 *
 * <p>Lifecycle: build the chain, open operators (last first), loop until the input ends, end the input
 * of the chained operators, flush and send end-of-partition downstream, close operators (also on failure).
 */
public final class StreamTask implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamTask.class);

    /** Called by the task thread when the task ends. */
    public interface Listener {
        /** @param failure null when the task finished; a {@link TaskCanceledException} when canceled */
        void taskEnded(StreamTask task, Throwable failure);
    }

    private final JobVertex vertex;
    private final TaskInfo info;
    private final Configuration configuration;
    private final ClassLoader userCodeClassLoader;
    private final TaskWakeup wakeup;
    private final Mailbox mailbox;
    private final MailboxProcessingTimeService timeService;
    private final Map<Integer, InputGate> inputGates;
    private final Map<StreamEdge, BatchChannel[]> outputChannels;
    private final Listener listener;
    private final Map<String, SimpleCounter> counters = new LinkedHashMap<>();
    private volatile boolean canceled;
    private volatile OperatorChain chain;
    private RecordWriter[] writers = new RecordWriter[0];

    /**
     * @param inputGates by input index (1 or 2); empty for a source chain
     * @param outputChannels the channels of each edge leaving this chain, one per target subtask reached
     */
    public StreamTask(JobVertex vertex, TaskInfo info, Configuration configuration, ClassLoader userCodeClassLoader,
            TaskWakeup wakeup, Map<Integer, InputGate> inputGates, Map<StreamEdge, BatchChannel[]> outputChannels,
            ScheduledExecutorService timerScheduler, Listener listener) {
        this.vertex = vertex;
        this.info = info;
        this.configuration = configuration;
        this.userCodeClassLoader = userCodeClassLoader;
        this.wakeup = wakeup;
        this.mailbox = new Mailbox(wakeup);
        this.timeService = new MailboxProcessingTimeService(timerScheduler, mailbox);
        this.inputGates = inputGates;
        this.outputChannels = outputChannels;
        this.listener = listener;
    }

    public TaskInfo info() {
        return info;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** The counters of user functions, by name. Read after the task thread ended. */
    public Map<String, Long> counterValues() {
        Map<String, Long> out = new LinkedHashMap<>();
        counters.forEach((k, v) -> out.put(k, v.getCount()));
        return out;
    }

    /** Per-operator metrics, head first; empty before the chain is built. */
    public List<OperatorMetrics> operatorMetrics() {
        OperatorChain c = chain;
        return c == null ? List.of() : c.operators().stream().map(OperatorChain.ChainedOperator::metrics).toList();
    }

    /** Asks the task to stop; the thread ends soon after with a {@link TaskCanceledException}. Any thread. */
    public void cancel() {
        canceled = true;
        wakeup.wake();
    }

    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void run() {
        wakeup.bindToCurrentThread();
        Throwable failure = null;
        try {
            invoke();
        } catch (Throwable t) {
            failure = canceled && !(t instanceof OperatorException) ? new TaskCanceledException() : t;
        } finally {
            timeService.quiesce();
            OperatorChain c = chain;
            if (c != null) {
                Throwable closeFailure = c.close();
                if (failure == null) {
                    failure = closeFailure;
                } else if (closeFailure != null && closeFailure != failure) {
                    failure.addSuppressed(closeFailure);
                }
            }
            mailbox.clear();
        }
        if (failure != null && !(failure instanceof TaskCanceledException)) {
            LOG.warn("Task {} of job '{}' failed", info.taskNameWithSubtask(), info.jobName(), failure);
        }
        listener.taskEnded(this, failure);
    }

    private void invoke() throws Exception {
        Map<StreamEdge, RecordWriter> writerByEdge = new LinkedHashMap<>();
        long bufferTimeoutNanos = bufferTimeoutNanos(configuration.get(ExecutionOptions.BUFFER_TIMEOUT));
        for (Map.Entry<StreamEdge, BatchChannel[]> e : outputChannels.entrySet()) {
            writerByEdge.put(e.getKey(), new RecordWriter(e.getValue(), e.getKey().partitioner().copy(),
                    bufferTimeoutNanos, this::isCanceled));
        }
        writers = writerByEdge.values().toArray(new RecordWriter[0]);
        chain = OperatorChain.create(vertex, info, writerByEdge, configuration, userCodeClassLoader, timeService, counters);
        TaskInput input = createInput(chain);
        chain.open();
        runMailboxLoop(input);
        chain.endInputOfChainedOperators();
        for (RecordWriter w : writers) {
            w.flushAll();
            w.broadcastControl(ElementBatch.END_OF_PARTITION, null, 0);
        }
    }

    private static long bufferTimeoutNanos(Duration d) {
        return d.isNegative() ? -1 : d.toNanos();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TaskInput createInput(OperatorChain c) {
        OperatorChain.ChainedOperator head = c.head();
        String subtask = (info.subtaskIndex() + 1) + "/" + info.parallelism();
        if (head.operator() instanceof SourceOperator<?, ?> source) {
            return new SourceTaskInput(source, head.metrics(), wakeup, head.node().name(), info);
        }
        if (head.operator() instanceof TwoInputStreamOperator two) {
            return new TwoInputNetworkInput<>(gate(1), gate(2), two, head.node().keySelector1(), head.node().keySelector2(),
                    c.keyedStateBackend(), head.metrics(), head.node().name(), subtask);
        }
        return new OneInputNetworkInput<>(gate(1), (OneInputStreamOperator) head.operator(), head.node().keySelector1(),
                c.keyedStateBackend(), head.metrics(), head.node().name(), subtask);
    }

    private InputGate gate(int index) {
        InputGate g = inputGates.get(index);
        if (g == null) {
            throw new IllegalStateException("Operator '" + vertex.head().name() + "' has no input " + index);
        }
        return g;
    }

    private void runMailboxLoop(TaskInput input) throws Exception {
        final Mailbox mb = mailbox;
        while (true) {
            if (mb.hasMail()) {
                mb.runAll();
            }
            if (canceled) {
                throw new TaskCanceledException();
            }
            int status = input.processInput();
            if (status == TaskInput.END_OF_INPUT) {
                return;
            }
            long deadline = flushDeadlineNanos();
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
                flushWriters();
                deadline = Long.MAX_VALUE;
            }
            if (status == TaskInput.NOTHING_AVAILABLE) {
                waitForWork(input, deadline);
            }
        }
    }

    private void waitForWork(TaskInput input, long flushDeadline) {
        wakeup.prepareToSleep();
        if (mailbox.hasMail() || input.hasInputNow() || canceled) {
            wakeup.cancelSleep();
            return;
        }
        long park = input.maxParkNanos();
        if (flushDeadline != Long.MAX_VALUE) {
            park = Math.min(park, Math.max(0, flushDeadline - System.nanoTime()));
        }
        wakeup.park(park);
    }

    private long flushDeadlineNanos() {
        long min = Long.MAX_VALUE;
        for (RecordWriter w : writers) {
            long d = w.flushDeadlineNanos();
            if (d < min) {
                min = d;
            }
        }
        return min;
    }

    private void flushWriters() {
        for (RecordWriter w : writers) {
            w.flushAll();
        }
    }

    /** Sum over this task's output edges of the time spent waiting for free batches (backpressure), in ns. */
    public long backpressuredNanos() {
        long n = 0;
        for (RecordWriter w : writers) {
            n += w.backpressuredNanos();
        }
        return n;
    }

    /** The channels this task writes to, for tests and metrics. */
    public List<BatchChannel> outputChannelList() {
        return outputChannels.values().stream().flatMap(java.util.Arrays::stream).toList();
    }

    @Override
    public String toString() {
        return info.taskNameWithSubtask();
    }
}
