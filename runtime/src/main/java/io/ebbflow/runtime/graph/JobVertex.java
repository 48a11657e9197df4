package io.ebbflow.runtime.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An operator chain: operators joined by forward edges of equal parallelism, run by one task per subtask as
 * direct method calls. The first node is the chain's head, the one that reads the task's input.
 */
public final class JobVertex {

    private final int id;
    private final List<StreamNode> nodes = new ArrayList<>();
    private final List<JobEdge> inputs = new ArrayList<>();
    private final List<JobEdge> outputs = new ArrayList<>();

    JobVertex(int id, StreamNode head) {
        this.id = id;
        nodes.add(head);
    }

    public int id() {
        return id;
    }

    public StreamNode head() {
        return nodes.get(0);
    }

    /** The chained operators, head first, each after its input. */
    public List<StreamNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    void addChained(StreamNode node) {
        nodes.add(node);
    }

    public List<JobEdge> inputs() {
        return Collections.unmodifiableList(inputs);
    }

    public List<JobEdge> outputs() {
        return Collections.unmodifiableList(outputs);
    }

    void addInput(JobEdge e) {
        inputs.add(e);
    }

    void addOutput(JobEdge e) {
        outputs.add(e);
    }

    public int parallelism() {
        return head().parallelism();
    }

    public int maxParallelism() {
        return head().maxParallelism();
    }

    /** {@code "Map -> Filter -> Sink: print"}, Flink's naming of chains. */
    public String name() {
        return nodes.stream().map(StreamNode::name).collect(Collectors.joining(" -> "));
    }

    @Override
    public String toString() {
        return name();
    }
}
