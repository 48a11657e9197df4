package io.ebbflow.api.functions;

/** Passed to {@link RichFunction#open}; reserved for future settings (Flink 1.19+ shape). */
public interface OpenContext {}
