package io.ebbflow.api.translation;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.graph.StreamGraph;
import io.ebbflow.runtime.graph.StreamNode;
import io.ebbflow.runtime.partition.ForwardPartitioner;
import io.ebbflow.runtime.partition.RebalancePartitioner;
import io.ebbflow.runtime.partition.StreamPartitioner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates transformations into a {@link StreamGraph}. Virtual transformations become edge properties:
 * an edge gets the partitioner and side-output tag of the virtual steps between two operators; without an
 * explicit partitioner, operators of equal parallelism are connected forward (and so chained) and others
 * by rebalance, as in Flink.
 */
public final class StreamGraphGenerator {

    /** Where an edge starts: an operator, its side output (or null), and the partitioner chosen so far. */
    private record Endpoint(StreamNode node, OutputTag<?> tag, StreamPartitioner partitioner) {}

    private final int defaultParallelism;
    private final int defaultMaxParallelism;
    private final Map<Integer, List<Endpoint>> translated = new HashMap<>();
    private StreamGraph graph;

    public StreamGraphGenerator(int defaultParallelism, int defaultMaxParallelism) {
        this.defaultParallelism = defaultParallelism;
        this.defaultMaxParallelism = defaultMaxParallelism;
    }

    /**
     * @throws IllegalArgumentException when the job has no operators or an edge is invalid
     */
    public StreamGraph generate(String jobName, Configuration configuration, List<Transformation> transformations) {
        if (transformations.isEmpty()) {
            throw new IllegalStateException("No operators defined in the job: add a source and a sink before execute()");
        }
        graph = new StreamGraph(jobName, configuration);
        for (Transformation t : transformations) {
            translate(t);
        }
        return graph;
    }

    private List<Endpoint> translate(Transformation t) {
        List<Endpoint> done = translated.get(t.id());
        if (done != null) {
            return done;
        }
        List<Endpoint> result = switch (t.kind()) {
            case PARTITION -> translate(t.inputs().get(0)).stream()
                    .map(e -> new Endpoint(e.node(), e.tag(), t.partitioner())).toList();
            case SIDE_OUTPUT -> translate(t.inputs().get(0)).stream()
                    .map(e -> new Endpoint(e.node(), t.outputTag(), e.partitioner())).toList();
            case UNION -> {
                List<Endpoint> all = new ArrayList<>();
                t.inputs().forEach(in -> all.addAll(translate(in)));
                yield all;
            }
            case SOURCE, ONE_INPUT, TWO_INPUT -> List.of(new Endpoint(addOperator(t), null, null));
        };
        translated.put(t.id(), result);
        return result;
    }

    private StreamNode addOperator(Transformation t) {
        List<List<Endpoint>> inputs = new ArrayList<>();
        for (Transformation in : t.inputs()) {
            inputs.add(translate(in));
        }
        int parallelism = t.parallelism() > 0 ? t.parallelism() : defaultParallelism;
        int maxParallelism = t.maxParallelism() > 0 ? t.maxParallelism() : defaultMaxParallelism;
        StreamNode node = graph.addNode(t.name(), t.operatorFactory(), t.inputs().size(), parallelism,
                Math.max(maxParallelism, parallelism));
        node.setKeySelectors(t.keySelector1(), t.keySelector2());
        node.setChainingStrategy(t.chainingStrategy());
        for (int i = 0; i < inputs.size(); i++) {
            for (Endpoint e : inputs.get(i)) {
                StreamPartitioner p = e.partitioner();
                if (p == null) {
                    p = e.node().parallelism() == parallelism ? ForwardPartitioner.INSTANCE : new RebalancePartitioner();
                }
                graph.addEdge(e.node(), node, i + 1, p, e.tag());
            }
        }
        return node;
    }
}
