package io.ebbflow.runtime.network;

/** Thrown inside a task thread to unwind it when the task was canceled while it waited. */
public final class TaskCanceledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskCanceledException() {
        super("task canceled", null, false, false);
    }
}
