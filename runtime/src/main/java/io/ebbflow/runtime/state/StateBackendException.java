package io.ebbflow.runtime.state;

/**
 * A state backend failed: a user function inside a state update threw, or the storage failed. The message
 * names the state and the operation.
 */
public class StateBackendException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StateBackendException(String message, Throwable cause) {
        super(message, cause);
    }

    public StateBackendException(String message) {
        super(message);
    }
}
