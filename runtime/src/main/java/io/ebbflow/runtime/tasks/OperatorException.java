package io.ebbflow.runtime.tasks;

/**
 * Wraps an exception thrown by an operator (usually by the user's function) with the operator's name and
 * subtask, once, at the boundary where the runtime called the operator.
 */
public final class OperatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operatorName;
    private final String subtask;

    OperatorException(String operatorName, String subtask, Throwable cause) {
        super("Operator '" + operatorName + "' (subtask " + subtask + ") failed: " + cause, cause);
        this.operatorName = operatorName;
        this.subtask = subtask;
    }

    public String operatorName() {
        return operatorName;
    }

    /** {@code "2/4"}: one-based index and parallelism. */
    public String subtask() {
        return subtask;
    }

    /** Wraps {@code t} unless it already names an operator. */
    static RuntimeException wrap(String operatorName, String subtask, Throwable t) {
        if (t instanceof OperatorException oe) {
            return oe;
        }
        if (t instanceof io.ebbflow.runtime.network.TaskCanceledException tc) {
            return tc;
        }
        return new OperatorException(operatorName, subtask, t);
    }
}
