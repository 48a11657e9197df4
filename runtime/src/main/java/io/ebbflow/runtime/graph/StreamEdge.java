package io.ebbflow.runtime.graph;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.runtime.partition.StreamPartitioner;

/**
 * A logical connection from an operator's output (main, or a side output named by {@code outputTag}) to
 * input {@code inputIndex} (1 or 2) of another operator.
 */
public record StreamEdge(StreamNode source, StreamNode target, int inputIndex, StreamPartitioner partitioner,
        OutputTag<?> outputTag) {

    /** True when the edge can be a direct method call inside one task. */
    public boolean isChainable() {
        return partitioner.isPointwise()
                && source.parallelism() == target.parallelism()
                && target.numberOfInputs() == 1
                && target.inEdges().size() == 1
                && target.chainingStrategy() == StreamNode.ChainingStrategy.ALWAYS
                && source.chainingStrategy() != StreamNode.ChainingStrategy.NEVER;
    }
}
