package io.ebbflow.runtime.execution;

/** The states of a job, as Flink names them. */
public enum JobStatus {
    CREATED,
    RUNNING,
    FAILING,
    FAILED,
    CANCELLING,
    CANCELED,
    FINISHED,
    RESTARTING;

    /** True for FINISHED, FAILED and CANCELED. */
    public boolean isTerminal() {
        return this == FINISHED || this == FAILED || this == CANCELED;
    }
}
