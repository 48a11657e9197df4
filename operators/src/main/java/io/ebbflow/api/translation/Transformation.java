package io.ebbflow.api.translation;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.runtime.graph.StreamNode;
import io.ebbflow.runtime.operators.OperatorFactory;
import io.ebbflow.runtime.partition.StreamPartitioner;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One step of a job as the DataStream API records it, before translation into a stream graph. Physical
 * transformations become operators; virtual ones (partitioning, union, side output) only shape the edges.
 * Mutable until the job is executed (name and parallelism can be set after creation).
 */
public final class Transformation {

    /** What the step is. */
    public enum Kind {
        SOURCE,
        ONE_INPUT,
        TWO_INPUT,
        PARTITION,
        UNION,
        SIDE_OUTPUT
    }

    private static final AtomicInteger IDS = new AtomicInteger();

    private final int id = IDS.incrementAndGet();
    private final Kind kind;
    private final List<Transformation> inputs;
    private final OperatorFactory<?> operatorFactory;
    private final StreamPartitioner partitioner;
    private final OutputTag<?> outputTag;
    private String name;
    private int parallelism;
    private int maxParallelism = -1;
    private KeySelector<?, ?> keySelector1;
    private KeySelector<?, ?> keySelector2;
    private StreamNode.ChainingStrategy chainingStrategy = StreamNode.ChainingStrategy.ALWAYS;
    private boolean fixedParallelism;

    private Transformation(Kind kind, String name, List<Transformation> inputs, OperatorFactory<?> operatorFactory,
            StreamPartitioner partitioner, OutputTag<?> outputTag, int parallelism) {
        this.kind = kind;
        this.name = name;
        this.inputs = List.copyOf(inputs);
        this.operatorFactory = operatorFactory;
        this.partitioner = partitioner;
        this.outputTag = outputTag;
        this.parallelism = parallelism;
    }

    public static Transformation source(String name, OperatorFactory<?> factory, int parallelism) {
        return new Transformation(Kind.SOURCE, name, List.of(), factory, null, null, parallelism);
    }

    public static Transformation oneInput(String name, Transformation input, OperatorFactory<?> factory, int parallelism) {
        return new Transformation(Kind.ONE_INPUT, name, List.of(input), factory, null, null, parallelism);
    }

    public static Transformation twoInput(String name, Transformation input1, Transformation input2,
            OperatorFactory<?> factory, int parallelism) {
        return new Transformation(Kind.TWO_INPUT, name, List.of(input1, input2), factory, null, null, parallelism);
    }

    public static Transformation partition(Transformation input, StreamPartitioner partitioner) {
        return new Transformation(Kind.PARTITION, "Partition", List.of(input), null, Objects.requireNonNull(partitioner),
                null, input.parallelism);
    }

    public static Transformation union(List<Transformation> inputs) {
        return new Transformation(Kind.UNION, "Union", inputs, null, null, null, inputs.get(0).parallelism);
    }

    public static Transformation sideOutput(Transformation input, OutputTag<?> tag) {
        return new Transformation(Kind.SIDE_OUTPUT, "SideOutput", List.of(input), null, null, Objects.requireNonNull(tag),
                input.parallelism);
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public List<Transformation> inputs() {
        return inputs;
    }

    public OperatorFactory<?> operatorFactory() {
        return operatorFactory;
    }

    public StreamPartitioner partitioner() {
        return partitioner;
    }

    public OutputTag<?> outputTag() {
        return outputTag;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The parallelism, or -1 for the environment's default. */
    public int parallelism() {
        return parallelism;
    }

    /**
     * @throws IllegalArgumentException when {@code parallelism < 1}, or when the operator runs with a fixed
     *     parallelism of 1 (fromElements, collect) and another is asked
     */
    public void setParallelism(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Parallelism must be at least 1, was " + parallelism + " for '" + name + "'");
        }
        if (fixedParallelism && parallelism != 1) {
            throw new IllegalArgumentException("'" + name + "' is not parallel: its parallelism is always 1");
        }
        this.parallelism = parallelism;
    }

    /** Marks the operator as non-parallel (parallelism 1 always). */
    public void setNonParallel() {
        this.parallelism = 1;
        this.fixedParallelism = true;
    }

    public int maxParallelism() {
        return maxParallelism;
    }

    public void setMaxParallelism(int maxParallelism) {
        this.maxParallelism = maxParallelism;
    }

    public KeySelector<?, ?> keySelector1() {
        return keySelector1;
    }

    public KeySelector<?, ?> keySelector2() {
        return keySelector2;
    }

    /** Declares the inputs keyed: the operator gets keyed state, and the runtime sets the key per record. */
    public void setKeySelectors(KeySelector<?, ?> input1, KeySelector<?, ?> input2) {
        this.keySelector1 = input1;
        this.keySelector2 = input2;
    }

    public StreamNode.ChainingStrategy chainingStrategy() {
        return chainingStrategy;
    }

    public void setChainingStrategy(StreamNode.ChainingStrategy strategy) {
        this.chainingStrategy = strategy;
    }

    @Override
    public String toString() {
        return kind + " '" + name + "' #" + id;
    }
}
