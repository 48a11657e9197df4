package io.ebbflow.api.functions;

import java.io.Serializable;

/**
 * Marker for user functions.
 *
 * <p>Functions are {@link Serializable} so that the runtime can give each parallel subtask its own copy,
 * as Flink does: a function with fields then has per-subtask fields. A function that cannot be serialized
 * is shared by all subtasks, which is only correct when it has no mutable fields; a {@link RichFunction}
 * that cannot be serialized is rejected at parallelism above 1.
 */
public interface Function extends Serializable {}
