package io.ebbflow.runtime.execution;

import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.config.NetworkOptions;
import io.ebbflow.runtime.graph.JobEdge;
import io.ebbflow.runtime.graph.JobGraph;
import io.ebbflow.runtime.graph.JobVertex;
import io.ebbflow.runtime.graph.StreamEdge;
import io.ebbflow.runtime.network.BatchChannel;
import io.ebbflow.runtime.network.InputGate;
import io.ebbflow.runtime.network.TaskCanceledException;
import io.ebbflow.runtime.network.TaskWakeup;
import io.ebbflow.runtime.operators.TaskInfo;
import io.ebbflow.runtime.source.SourceOperatorFactory;
import io.ebbflow.runtime.tasks.OperatorException;
import io.ebbflow.runtime.tasks.StreamTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link JobGraph} inside this JVM: one thread per subtask, bounded channels between them.
 *
 * <p>The first task failure cancels all other tasks; once every thread has ended the job's result future
 * fails with a {@link JobExecutionException} whose cause is the user's exception and whose message names
 * the operator and subtask. Every thread and the timer scheduler are gone when the future completes.
 */
public final class LocalJobExecution implements JobClient {

    private static final Logger LOG = LoggerFactory.getLogger(LocalJobExecution.class);

    private final String jobId = UUID.randomUUID().toString().replace("-", "");
    private final JobGraph jobGraph;
    private final Configuration configuration;
    private final ClassLoader userCodeClassLoader;
    private final CompletableFuture<JobExecutionResult> result = new CompletableFuture<>();
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private final List<StreamTask> tasks = new ArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final Object lock = new Object();
    private volatile JobStatus status = JobStatus.CREATED;
    private Throwable firstFailure;
    private boolean cancelRequested;
    private long startNanos;
    private ScheduledExecutorService timerScheduler;

    public LocalJobExecution(JobGraph jobGraph, Configuration configuration, ClassLoader userCodeClassLoader) {
        this.jobGraph = jobGraph;
        this.configuration = configuration;
        this.userCodeClassLoader = userCodeClassLoader;
    }

    /**
     * Builds the tasks and starts their threads; returns at once.
     *
     * @throws JobExecutionException when the job cannot start (a source cannot enumerate its splits)
     */
    public LocalJobExecution start() throws JobExecutionException {
        startNanos = System.nanoTime();
        String jobName = jobGraph.streamGraph().jobName();
        for (JobVertex v : jobGraph.vertices()) {
            if (v.head().operatorFactory() instanceof SourceOperatorFactory<?, ?> sf) {
                try {
                    sf.prepareSplits(v.parallelism());
                } catch (Exception e) {
                    throw new JobExecutionException(jobId, "Job '" + jobName + "' could not start: source '"
                            + v.head().name() + "' failed to enumerate its splits: " + e.getMessage(), e);
                }
            }
        }
        timerScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ebbflow-timers-" + jobName);
            t.setDaemon(true);
            return t;
        });
        buildTasks(jobName);
        status = JobStatus.RUNNING;
        running.set(tasks.size());
        LOG.info("Job '{}' ({}) starting {} tasks", jobName, jobId, tasks.size());
        for (StreamTask task : tasks) {
            Thread t = new Thread(task, task.info().taskNameWithSubtask());
            t.setContextClassLoader(userCodeClassLoader);
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    private void buildTasks(String jobName) {
        int batchesPerChannel = configuration.get(NetworkOptions.BATCHES_PER_CHANNEL);
        int recordsPerBatch = configuration.get(NetworkOptions.RECORDS_PER_BATCH);
        Map<JobVertex, TaskWakeup[]> wakeups = new HashMap<>();
        for (JobVertex v : jobGraph.vertices()) {
            TaskWakeup[] w = new TaskWakeup[v.parallelism()];
            for (int i = 0; i < w.length; i++) {
                w[i] = new TaskWakeup();
            }
            wakeups.put(v, w);
        }
        // Per consumer subtask and input index, the channels of all edges into that input, in gate order.
        Map<String, List<BatchChannel>> gateChannels = new HashMap<>();
        // Per producer subtask, the channels of each stream edge leaving its chain.
        Map<String, Map<StreamEdge, BatchChannel[]>> writerChannels = new HashMap<>();
        for (JobVertex producer : jobGraph.vertices()) {
            for (JobEdge e : producer.outputs()) {
                StreamEdge se = e.streamEdge();
                JobVertex consumer = e.target();
                for (int i = 0; i < producer.parallelism(); i++) {
                    int[] targets = se.partitioner().isPointwise() ? new int[] {i} : range(consumer.parallelism());
                    BatchChannel[] chans = new BatchChannel[targets.length];
                    for (int k = 0; k < targets.length; k++) {
                        int j = targets[k];
                        List<BatchChannel> gate = gateChannels.computeIfAbsent(gateKey(consumer, j, se.inputIndex()),
                                key -> new ArrayList<>());
                        chans[k] = new BatchChannel(batchesPerChannel, recordsPerBatch, wakeups.get(consumer)[j], gate.size());
                        gate.add(chans[k]);
                    }
                    writerChannels.computeIfAbsent(producer.id() + "/" + i, key -> new LinkedHashMap<>()).put(se, chans);
                }
            }
        }
        for (JobVertex v : jobGraph.vertices()) {
            for (int i = 0; i < v.parallelism(); i++) {
                Map<Integer, InputGate> gates = new HashMap<>();
                for (int input = 1; input <= 2; input++) {
                    List<BatchChannel> chans = gateChannels.get(gateKey(v, i, input));
                    if (chans != null) {
                        gates.put(input, new InputGate(chans.toArray(new BatchChannel[0])));
                    }
                }
                TaskInfo info = new TaskInfo(jobName, v.name(), i, v.parallelism(), v.maxParallelism(), 0);
                tasks.add(new StreamTask(v, info, configuration, userCodeClassLoader, wakeups.get(v)[i], gates,
                        writerChannels.getOrDefault(v.id() + "/" + i, Map.of()), timerScheduler, this::onTaskEnded));
            }
        }
    }

    private static String gateKey(JobVertex v, int subtask, int input) {
        return v.id() + "/" + subtask + "/" + input;
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private void onTaskEnded(StreamTask task, Throwable failure) {
        boolean cancelOthers = false;
        synchronized (lock) {
            if (failure != null && !(failure instanceof TaskCanceledException) && firstFailure == null) {
                firstFailure = failure;
                status = JobStatus.FAILING;
                cancelOthers = true;
            }
        }
        if (cancelOthers) {
            tasks.forEach(StreamTask::cancel);
        }
        if (running.decrementAndGet() == 0) {
            complete();
        }
    }

    private void complete() {
        timerScheduler.shutdownNow();
        String jobName = jobGraph.streamGraph().jobName();
        Duration runtime = Duration.ofNanos(System.nanoTime() - startNanos);
        Throwable failure;
        boolean canceled;
        synchronized (lock) {
            failure = firstFailure;
            canceled = cancelRequested;
        }
        if (failure != null) {
            status = JobStatus.FAILED;
            result.completeExceptionally(toJobException(jobName, failure));
            LOG.info("Job '{}' ({}) failed after {} ms", jobName, jobId, runtime.toMillis());
        } else if (canceled) {
            status = JobStatus.CANCELED;
            result.completeExceptionally(new JobExecutionException(jobId, "Job '" + jobName + "' was canceled", null));
            LOG.info("Job '{}' ({}) canceled after {} ms", jobName, jobId, runtime.toMillis());
        } else {
            Map<String, Long> counters = new LinkedHashMap<>();
            for (StreamTask t : tasks) {
                t.counterValues().forEach((k, v) -> counters.merge(k, v, Long::sum));
            }
            status = JobStatus.FINISHED;
            result.complete(new JobExecutionResult(jobId, jobName, runtime, counters));
            LOG.info("Job '{}' ({}) finished in {} ms", jobName, jobId, runtime.toMillis());
        }
        terminated.complete(null);
    }

    private JobExecutionException toJobException(String jobName, Throwable failure) {
        if (failure instanceof OperatorException oe) {
            Throwable cause = oe.getCause();
            return new JobExecutionException(jobId, "Job '" + jobName + "' failed: operator '" + oe.operatorName()
                    + "' (subtask " + oe.subtask() + ") threw " + cause, cause);
        }
        return new JobExecutionException(jobId, "Job '" + jobName + "' failed: " + failure, failure);
    }

    @Override
    public String getJobId() {
        return jobId;
    }

    @Override
    public String getJobName() {
        return jobGraph.streamGraph().jobName();
    }

    @Override
    public JobStatus getJobStatus() {
        return status;
    }

    @Override
    public CompletableFuture<Void> cancel() {
        synchronized (lock) {
            if (!status.isTerminal() && firstFailure == null) {
                cancelRequested = true;
                status = JobStatus.CANCELLING;
            }
        }
        tasks.forEach(StreamTask::cancel);
        return terminated;
    }

    @Override
    public CompletableFuture<JobExecutionResult> getJobExecutionResult() {
        return result;
    }

    /** The running tasks, for tests and metrics. */
    public List<StreamTask> tasks() {
        return List.copyOf(tasks);
    }

    /** The graph this execution runs. */
    public JobGraph jobGraph() {
        return jobGraph;
    }

}
