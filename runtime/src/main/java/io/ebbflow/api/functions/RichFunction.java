package io.ebbflow.api.functions;

/**
 * A function with a lifecycle and access to its subtask's {@link RuntimeContext}.
 *
 * <p>Lifecycle, all on the subtask's thread: {@code setRuntimeContext}, {@code open}, the function's
 * methods, {@code close}. {@code close} is also called when the job fails or is cancelled.
 */
public interface RichFunction extends Function {

    /** Prepares the function before the first record; throwing fails the job. */
    default void open(OpenContext context) throws Exception {}

    /** Releases resources; called once, also after failures. */
    default void close() throws Exception {}

    RuntimeContext getRuntimeContext();

    void setRuntimeContext(RuntimeContext context);
}
