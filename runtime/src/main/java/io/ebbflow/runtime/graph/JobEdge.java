package io.ebbflow.runtime.graph;

/**
 * A physical connection between two chains: records of {@code streamEdge.source()} inside {@code source}
 * travel through channels to {@code target}.
 */
public record JobEdge(JobVertex source, JobVertex target, StreamEdge streamEdge) {}
