package io.ebbflow.runtime.operators;

/**
 * An operator of a job: the unit that a chain runs record by record.
 *
 * <p>Lifecycle, all on the subtask's task thread: {@link #open} (operators of a chain open from the last
 * to the first, so an operator may emit in {@code open}), the input methods of
 * {@link OneInputStreamOperator} or {@link TwoInputStreamOperator}, {@code endInput} once per input when it
 * ends, {@link #close} (also after a failure or cancellation, to release resources).
 *
 * <p>Collaborators — the output, keyed state, timers, the clock — come from the {@link OperatorContext}
 * given to {@code open}; they are not fields of a base class.
 *
 * @param <OUT> the records of the main output
 */
public interface StreamOperator<OUT> {

    /**
     * Prepares the operator; keeps what it needs of {@code context}.
     *
     * @throws Exception to fail the task (for example, when a user function's {@code open} throws)
     */
    void open(OperatorContext<OUT> context) throws Exception;

    /** Releases resources. Called once, after the last input method, also when the task failed. */
    void close() throws Exception;

    /** How the operator produces output (FLIP-327/331); all false by default. */
    default OperatorAttributes getOperatorAttributes() {
        return OperatorAttributes.DEFAULT;
    }

    /** Called on the task thread when checkpoint {@code checkpointId} is complete everywhere. */
    default void notifyCheckpointComplete(long checkpointId) throws Exception {}
}
