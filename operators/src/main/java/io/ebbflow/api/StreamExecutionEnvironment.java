package io.ebbflow.api;

import io.ebbflow.api.connector.source.Source;
import io.ebbflow.api.connector.source.SourceSplit;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.api.translation.StreamGraphGenerator;
import io.ebbflow.api.translation.Transformation;
import io.ebbflow.operators.source.CollectionSource;
import io.ebbflow.operators.source.NumberSequenceSource;
import io.ebbflow.operators.source.TextFileSource;
import io.ebbflow.runtime.config.ConfigValidator;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.config.ExecutionOptions;
import io.ebbflow.runtime.config.GlobalConfiguration;
import io.ebbflow.runtime.config.PipelineOptions;
import io.ebbflow.runtime.execution.JobClient;
import io.ebbflow.runtime.execution.JobExecutionException;
import io.ebbflow.runtime.execution.JobExecutionResult;
import io.ebbflow.runtime.graph.JobGraph;
import io.ebbflow.runtime.graph.StreamGraph;
import io.ebbflow.runtime.keygroup.KeyGroupRangeAssignment;
import io.ebbflow.runtime.source.SourceOperatorFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

/**
 * The entry point of a job, in Flink's shape: create sources, transform, sink, then {@link #execute}.
 *
 * <p>{@link #getExecutionEnvironment()} returns an environment that runs the job inside this JVM (the
 * embedded default), or, when the job's {@code main} was started by a task manager, one that runs it there.
 * Configuration comes from {@code conf/ebbflow.yaml} and {@code -Dkey=value} system properties, then
 * {@link #configure} and the setters.
 *
 * <p>Not thread-safe: build a job on one thread.
 */
public class StreamExecutionEnvironment {

    /** Creates environments for {@link #getExecutionEnvironment()}; a task manager installs its own. */
    @FunctionalInterface
    public interface Factory {
        StreamExecutionEnvironment create(Configuration configuration);
    }

    private static final ThreadLocal<Factory> CONTEXT_FACTORY = new ThreadLocal<>();

    private final Configuration configuration;
    private final List<Transformation> transformations = new ArrayList<>();

    protected StreamExecutionEnvironment(Configuration configuration) {
        this.configuration = new Configuration(configuration);
    }

    /** The environment of the current context: the task manager's when run by one, else in-process. */
    public static StreamExecutionEnvironment getExecutionEnvironment() {
        return getExecutionEnvironment(new Configuration());
    }

    /** As {@link #getExecutionEnvironment()}, with {@code configuration} applied over the loaded one. */
    public static StreamExecutionEnvironment getExecutionEnvironment(Configuration configuration) {
        Configuration conf = GlobalConfiguration.load().addAll(configuration);
        Factory f = CONTEXT_FACTORY.get();
        return f != null ? f.create(conf) : createLocalEnvironment(conf);
    }

    /** An environment that runs jobs in this JVM with one subtask per core by default. */
    public static StreamExecutionEnvironment createLocalEnvironment() {
        return createLocalEnvironment(new Configuration());
    }

    public static StreamExecutionEnvironment createLocalEnvironment(int parallelism) {
        return createLocalEnvironment(new Configuration().set(PipelineOptions.DEFAULT_PARALLELISM, parallelism));
    }

    public static StreamExecutionEnvironment createLocalEnvironment(Configuration configuration) {
        Configuration conf = new Configuration(configuration);
        if (!conf.contains(PipelineOptions.DEFAULT_PARALLELISM)) {
            conf.set(PipelineOptions.DEFAULT_PARALLELISM, Runtime.getRuntime().availableProcessors());
        }
        return new LocalStreamEnvironment(conf);
    }

    /** Installs the factory {@link #getExecutionEnvironment()} uses on this thread; null removes it. */
    public static void setContextFactory(Factory factory) {
        if (factory == null) {
            CONTEXT_FACTORY.remove();
        } else {
            CONTEXT_FACTORY.set(factory);
        }
    }

    /** The job's configuration; changes apply to jobs executed afterwards. */
    public Configuration getConfig() {
        return configuration;
    }

    /** Applies every entry of {@code conf} over this environment's configuration. */
    public StreamExecutionEnvironment configure(Configuration conf) {
        configuration.addAll(conf);
        return this;
    }

    /**
     * Sets the default parallelism of operators.
     *
     * @throws IllegalArgumentException when {@code parallelism < 1}
     */
    public StreamExecutionEnvironment setParallelism(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Parallelism must be at least 1, was " + parallelism);
        }
        configuration.set(PipelineOptions.DEFAULT_PARALLELISM, parallelism);
        return this;
    }

    public int getParallelism() {
        Integer p = configuration.get(PipelineOptions.DEFAULT_PARALLELISM);
        return p == null ? 1 : p;
    }

    /**
     * Sets the number of key groups.
     *
     * @throws IllegalArgumentException when outside {@code [1, 32768]}
     */
    public StreamExecutionEnvironment setMaxParallelism(int maxParallelism) {
        KeyGroupRangeAssignment.checkParallelism(maxParallelism, 1);
        configuration.set(PipelineOptions.MAX_PARALLELISM, maxParallelism);
        return this;
    }

    public int getMaxParallelism() {
        return configuration.get(PipelineOptions.MAX_PARALLELISM);
    }

    /** Sets {@code execution.buffer-timeout} in ms (0: send every record at once; -1: only full batches). */
    public StreamExecutionEnvironment setBufferTimeout(long millis) {
        configuration.set(ExecutionOptions.BUFFER_TIMEOUT, Duration.ofMillis(millis));
        return this;
    }

    @SafeVarargs
    public final <T> DataStreamSource<T> fromElements(T... elements) {
        return fromCollection(Arrays.asList(elements));
    }

    /** A non-parallel bounded source of the collection's elements, in order. */
    public <T> DataStreamSource<T> fromCollection(Collection<T> elements) {
        Objects.requireNonNull(elements, "elements");
        DataStreamSource<T> s = fromSource(new CollectionSource<>(new ArrayList<>(elements)), WatermarkStrategy.noWatermarks(),
                "Collection Source");
        s.getTransformation().setNonParallel();
        return s;
    }

    /** A parallel bounded source of the longs {@code from..to}, inclusive. */
    public DataStreamSource<Long> fromSequence(long from, long to) {
        return fromSource(new NumberSequenceSource(from, to), WatermarkStrategy.noWatermarks(), "Sequence Source");
    }

    /** A bounded source of the lines of a UTF-8 file, or of each file of a directory. */
    public DataStreamSource<String> readTextFile(String path) {
        return fromSource(new TextFileSource(path), WatermarkStrategy.noWatermarks(), "Text File " + path);
    }

    /** A stream read by a {@link Source}, with event time from {@code watermarkStrategy}. */
    public <T, S extends SourceSplit> DataStreamSource<T> fromSource(Source<T, S> source,
            WatermarkStrategy<T> watermarkStrategy, String name) {
        Transformation t = Transformation.source(name, new SourceOperatorFactory<>(source, watermarkStrategy), -1);
        return new DataStreamSource<>(this, t);
    }

    void addOperator(Transformation t) {
        transformations.add(t);
    }

    /** Builds the stream graph of the job defined so far (without executing it). */
    public StreamGraph getStreamGraph(String jobName) {
        return new StreamGraphGenerator(getParallelism(), getMaxParallelism())
                .generate(jobName, configuration, transformations);
    }

    /** Runs the job and waits for it to end; see {@link #execute(String)}. */
    public JobExecutionResult execute() throws Exception {
        return execute("Ebbflow Streaming Job");
    }

    /**
     * Runs the job and waits until it ends.
     *
     * @throws JobExecutionException when the job fails; the cause is the user function's exception
     * @throws io.ebbflow.runtime.config.IllegalConfigurationException when a config key is unknown or a value invalid
     */
    public JobExecutionResult execute(String jobName) throws Exception {
        JobClient client = executeAsync(jobName);
        try {
            return client.getJobExecutionResult().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } catch (InterruptedException e) {
            client.cancel();
            throw e;
        }
    }

    /**
     * Submits the job and returns at once. The transformations defined so far are consumed: the environment
     * can then define and run another job.
     */
    public JobClient executeAsync(String jobName) throws Exception {
        ConfigValidator.validate(configuration);
        StreamGraph streamGraph = getStreamGraph(jobName);
        transformations.clear();
        return executeJobGraph(JobGraph.fromStreamGraph(streamGraph));
    }

    /** Runs a job graph; the local environment runs it in this JVM, a task manager's submits it there. */
    protected JobClient executeJobGraph(JobGraph jobGraph) throws Exception {
        throw new UnsupportedOperationException("this environment cannot execute jobs");
    }
}
