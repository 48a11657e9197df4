package io.ebbflow.runtime.execution;

/**
 * A job failed or was canceled. When a user function threw, the cause is that function's exception and the
 * message names the operator and subtask.
 */
public class JobExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String jobId;

    public JobExecutionException(String jobId, String message, Throwable cause) {
        super(message, cause);
        this.jobId = jobId;
    }

    public String getJobId() {
        return jobId;
    }
}
