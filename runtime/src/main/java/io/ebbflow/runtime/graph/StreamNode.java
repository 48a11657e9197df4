package io.ebbflow.runtime.graph;

import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.runtime.operators.OperatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One operator of the logical job, before chaining: its factory, parallelism, and for keyed inputs the
 * key selectors that set the keyed state backend's current key.
 */
public final class StreamNode {

    /** Whether an operator may share a task with its neighbours. */
    public enum ChainingStrategy {
        /** Chain with the upstream and downstream operators when the edges allow it. */
        ALWAYS,
        /** Start a new chain here (the operator may still chain with its downstream). */
        HEAD,
        /** Never chain. */
        NEVER
    }

    private final int id;
    private final String name;
    private final OperatorFactory<?> operatorFactory;
    private final int numberOfInputs;
    private final List<StreamEdge> inEdges = new ArrayList<>();
    private final List<StreamEdge> outEdges = new ArrayList<>();
    private int parallelism;
    private int maxParallelism;
    private KeySelector<?, ?> keySelector1;
    private KeySelector<?, ?> keySelector2;
    private ChainingStrategy chainingStrategy = ChainingStrategy.ALWAYS;

    /**
     * @param numberOfInputs 0 for a source, 1 or 2 otherwise
     */
    public StreamNode(int id, String name, OperatorFactory<?> operatorFactory, int numberOfInputs, int parallelism,
            int maxParallelism) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.operatorFactory = Objects.requireNonNull(operatorFactory, "operatorFactory");
        if (numberOfInputs < 0 || numberOfInputs > 2) {
            throw new IllegalArgumentException("an operator has 0, 1 or 2 inputs, not " + numberOfInputs);
        }
        this.numberOfInputs = numberOfInputs;
        this.parallelism = parallelism;
        this.maxParallelism = maxParallelism;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OperatorFactory<?> operatorFactory() {
        return operatorFactory;
    }

    public int numberOfInputs() {
        return numberOfInputs;
    }

    public boolean isSource() {
        return numberOfInputs == 0;
    }

    public int parallelism() {
        return parallelism;
    }

    public void setParallelism(int parallelism) {
        this.parallelism = parallelism;
    }

    public int maxParallelism() {
        return maxParallelism;
    }

    public void setMaxParallelism(int maxParallelism) {
        this.maxParallelism = maxParallelism;
    }

    /** The key selector of input 1 (or the only input) when it is keyed, else null. */
    public KeySelector<?, ?> keySelector1() {
        return keySelector1;
    }

    public KeySelector<?, ?> keySelector2() {
        return keySelector2;
    }

    public void setKeySelectors(KeySelector<?, ?> input1, KeySelector<?, ?> input2) {
        this.keySelector1 = input1;
        this.keySelector2 = input2;
    }

    public boolean isKeyed() {
        return keySelector1 != null || keySelector2 != null;
    }

    public ChainingStrategy chainingStrategy() {
        return chainingStrategy;
    }

    public void setChainingStrategy(ChainingStrategy chainingStrategy) {
        this.chainingStrategy = Objects.requireNonNull(chainingStrategy);
    }

    public List<StreamEdge> inEdges() {
        return inEdges;
    }

    public List<StreamEdge> outEdges() {
        return outEdges;
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
