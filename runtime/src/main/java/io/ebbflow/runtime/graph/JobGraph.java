package io.ebbflow.runtime.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The physical job: operator chains ({@link JobVertex}) and the channels between them. Built from a
 * {@link StreamGraph} by {@link #fromStreamGraph}: an operator joins its input's chain when the edge is
 * forward with equal parallelism and it has that single input.
 */
public final class JobGraph {

    private final StreamGraph streamGraph;
    private final List<JobVertex> vertices;

    private JobGraph(StreamGraph streamGraph, List<JobVertex> vertices) {
        this.streamGraph = streamGraph;
        this.vertices = vertices;
    }

    public static JobGraph fromStreamGraph(StreamGraph graph) {
        Map<StreamNode, JobVertex> vertexOf = new HashMap<>();
        List<JobVertex> vertices = new ArrayList<>();
        for (StreamNode node : graph.nodes()) {
            if (node.inEdges().size() == 1 && node.inEdges().get(0).isChainable()) {
                JobVertex v = vertexOf.get(node.inEdges().get(0).source());
                v.addChained(node);
                vertexOf.put(node, v);
            } else {
                JobVertex v = new JobVertex(vertices.size() + 1, node);
                vertices.add(v);
                vertexOf.put(node, v);
            }
        }
        for (StreamNode node : graph.nodes()) {
            for (StreamEdge e : node.outEdges()) {
                JobVertex from = vertexOf.get(e.source());
                JobVertex to = vertexOf.get(e.target());
                if (from != to) {
                    JobEdge je = new JobEdge(from, to, e);
                    from.addOutput(je);
                    to.addInput(je);
                }
            }
        }
        return new JobGraph(graph, Collections.unmodifiableList(vertices));
    }

    public StreamGraph streamGraph() {
        return streamGraph;
    }

    /** The chains in topological order. */
    public List<JobVertex> vertices() {
        return vertices;
    }
}
