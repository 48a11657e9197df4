package io.ebbflow.runtime.graph;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.operators.OperatorFactory;
import io.ebbflow.runtime.partition.StreamPartitioner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The logical job: operators and the edges between them, built by the DataStream API and turned into a
 * {@link JobGraph} by chaining. Not thread-safe; built on one thread, then read-only.
 */
public final class StreamGraph {

    private final String jobName;
    private final Configuration configuration;
    private final List<StreamNode> nodes = new ArrayList<>();

    public StreamGraph(String jobName, Configuration configuration) {
        this.jobName = Objects.requireNonNull(jobName, "jobName");
        this.configuration = new Configuration(configuration);
    }

    public StreamNode addNode(String name, OperatorFactory<?> factory, int numberOfInputs, int parallelism, int maxParallelism) {
        StreamNode node = new StreamNode(nodes.size() + 1, name, factory, numberOfInputs, parallelism, maxParallelism);
        nodes.add(node);
        return node;
    }

    /**
     * Connects {@code source} to input {@code inputIndex} of {@code target}.
     *
     * @throws IllegalArgumentException when a forward edge joins operators of different parallelism
     */
    public StreamEdge addEdge(StreamNode source, StreamNode target, int inputIndex, StreamPartitioner partitioner,
            OutputTag<?> outputTag) {
        if (partitioner.isPointwise() && source.parallelism() != target.parallelism()) {
            throw new IllegalArgumentException("Forward partitioning needs equal parallelism, but '" + source.name()
                    + "' has " + source.parallelism() + " and '" + target.name() + "' has " + target.parallelism()
                    + "; use rebalance() or keyBy() between them");
        }
        StreamEdge edge = new StreamEdge(source, target, inputIndex, partitioner, outputTag);
        source.outEdges().add(edge);
        target.inEdges().add(edge);
        return edge;
    }

    public String jobName() {
        return jobName;
    }

    public Configuration configuration() {
        return configuration;
    }

    /** The nodes in creation order, which is a topological order (an operator is created after its inputs). */
    public List<StreamNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }
}
