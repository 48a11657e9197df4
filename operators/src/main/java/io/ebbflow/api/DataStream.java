package io.ebbflow.api;

import io.ebbflow.api.connector.sink.Sink;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.api.functions.FilterFunction;
import io.ebbflow.api.functions.FlatMapFunction;
import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.api.functions.MapFunction;
import io.ebbflow.api.functions.ProcessFunction;
import io.ebbflow.api.translation.Transformation;
import io.ebbflow.operators.simple.ProcessOperator;
import io.ebbflow.operators.simple.StreamFilter;
import io.ebbflow.operators.simple.StreamFlatMap;
import io.ebbflow.operators.simple.StreamMap;
import io.ebbflow.operators.simple.TimestampsAndWatermarksOperator;
import io.ebbflow.operators.sink.CollectSink;
import io.ebbflow.operators.sink.PrintSink;
import io.ebbflow.operators.sink.SinkWriterOperator;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.execution.JobClient;
import io.ebbflow.runtime.operators.OperatorFactory;
import io.ebbflow.runtime.partition.BroadcastPartitioner;
import io.ebbflow.runtime.partition.ForwardPartitioner;
import io.ebbflow.runtime.partition.GlobalPartitioner;
import io.ebbflow.runtime.partition.RebalancePartitioner;
import io.ebbflow.runtime.partition.StreamPartitioner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stream of records of type {@code T}, in Flink's shape. Methods add operators to the job; nothing runs
 * until {@link StreamExecutionEnvironment#execute}.
 */
public class DataStream<T> {

    protected final StreamExecutionEnvironment environment;
    protected final Transformation transformation;

    public DataStream(StreamExecutionEnvironment environment, Transformation transformation) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.transformation = Objects.requireNonNull(transformation, "transformation");
    }

    public StreamExecutionEnvironment getExecutionEnvironment() {
        return environment;
    }

    public Transformation getTransformation() {
        return transformation;
    }

    /** The parallelism, or -1 when it is the environment's default. */
    public int getParallelism() {
        return transformation.parallelism();
    }

    public <R> SingleOutputStreamOperator<R> map(MapFunction<T, R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return transform("Map", (i, p) -> new StreamMap<>(UserFunctions.copy(mapper, p)));
    }

    public SingleOutputStreamOperator<T> filter(FilterFunction<T> filter) {
        Objects.requireNonNull(filter, "filter");
        return transform("Filter", (i, p) -> new StreamFilter<>(UserFunctions.copy(filter, p)));
    }

    public <R> SingleOutputStreamOperator<R> flatMap(FlatMapFunction<T, R> flatMapper) {
        Objects.requireNonNull(flatMapper, "flatMapper");
        return transform("Flat Map", (i, p) -> new StreamFlatMap<>(UserFunctions.copy(flatMapper, p)));
    }

    public <R> SingleOutputStreamOperator<R> process(ProcessFunction<T, R> function) {
        Objects.requireNonNull(function, "function");
        return transform("Process", (i, p) -> new ProcessOperator<>(UserFunctions.copy(function, p)));
    }

    /**
     * Adds a one-input operator created by {@code factory} (one instance per subtask). The building block of
     * every method above; public for connectors and custom operators.
     */
    public <R> SingleOutputStreamOperator<R> transform(String operatorName, OperatorFactory<R> factory) {
        Transformation t = Transformation.oneInput(operatorName, transformation, factory, -1);
        environment.addOperator(t);
        return new SingleOutputStreamOperator<>(environment, t);
    }

    /** Partitions by key: records with equal keys go to the same subtask and share keyed state. */
    public <K> KeyedStream<T, K> keyBy(KeySelector<T, K> keySelector) {
        return new KeyedStream<>(this, keySelector);
    }

    /** Merges streams of the same type; no order between them is kept. */
    @SafeVarargs
    public final DataStream<T> union(DataStream<T>... others) {
        List<Transformation> inputs = new ArrayList<>();
        inputs.add(transformation);
        for (DataStream<T> o : others) {
            inputs.add(o.transformation);
        }
        return new DataStream<>(environment, Transformation.union(inputs));
    }

    /** Round-robin to all downstream subtasks, to even out skew. */
    public DataStream<T> rebalance() {
        return partition(new RebalancePartitioner());
    }

    /** Subtask i to subtask i (needs equal parallelism); the default between equal parallelism. */
    public DataStream<T> forward() {
        return partition(ForwardPartitioner.INSTANCE);
    }

    /** Everything to the first downstream subtask. */
    public DataStream<T> global() {
        return partition(GlobalPartitioner.INSTANCE);
    }

    /** Every record to every downstream subtask. */
    public DataStream<T> broadcast() {
        return partition(BroadcastPartitioner.INSTANCE);
    }

    private DataStream<T> partition(StreamPartitioner partitioner) {
        return new DataStream<>(environment, Transformation.partition(transformation, partitioner));
    }

    /** Connects a stream of another type, for two-input functions that share state. */
    public <R> ConnectedStreams<T, R> connect(DataStream<R> other) {
        return new ConnectedStreams<>(environment, this, other);
    }

    /** Assigns timestamps and generates watermarks here, replacing those from upstream. */
    public SingleOutputStreamOperator<T> assignTimestampsAndWatermarks(WatermarkStrategy<T> strategy) {
        Objects.requireNonNull(strategy, "strategy");
        return transform("Timestamps/Watermarks", (i, p) -> new TimestampsAndWatermarksOperator<>(strategy));
    }

    /** Writes the stream with {@code sink}: one writer per subtask. */
    public DataStreamSink<T> sinkTo(Sink<T> sink) {
        Objects.requireNonNull(sink, "sink");
        OperatorFactory<Void> factory = (i, p) -> new SinkWriterOperator<>(sink);
        Transformation t = Transformation.oneInput("Sink", transformation, factory, -1);
        environment.addOperator(t);
        return new DataStreamSink<>(t);
    }

    /** Prints each record to standard output, prefixed by the subtask when parallel. */
    public DataStreamSink<T> print() {
        return sinkTo(new PrintSink<>(false)).name("Print to Std. Out");
    }

    public DataStreamSink<T> printToErr() {
        return sinkTo(new PrintSink<>(true)).name("Print to Std. Err");
    }

    /**
     * Runs the job and returns its records as they arrive. Closing the iterator early cancels the job; a job
     * failure surfaces from {@code hasNext}.
     */
    public CloseableIterator<T> executeAndCollect() throws Exception {
        return executeAndCollect("Ebbflow Collect Job");
    }

    public CloseableIterator<T> executeAndCollect(String jobName) throws Exception {
        CollectSink.Buffer buffer = new CollectSink.Buffer(4096);
        DataStreamSink<T> sink = sinkTo(new CollectSink<>(buffer)).name("Collect Sink");
        sink.getTransformation().setNonParallel();
        JobClient client = environment.executeAsync(jobName);
        return new CollectIterator<>(buffer, client);
    }

    /** Runs the job and returns its first {@code limit} records, then cancels it if it still runs. */
    public List<T> executeAndCollect(int limit) throws Exception {
        List<T> out = new ArrayList<>();
        try (CloseableIterator<T> it = executeAndCollect()) {
            while (out.size() < limit && it.hasNext()) {
                out.add(it.next());
            }
        }
        return out;
    }
}
