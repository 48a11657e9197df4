package io.ebbflow.runtime.execution;

import java.util.concurrent.CompletableFuture;

/**
 * A handle to a submitted job. Thread-safe.
 */
public interface JobClient {

    String getJobId();

    String getJobName();

    JobStatus getJobStatus();

    /** Asks the job to stop; the future completes when every task has ended. */
    CompletableFuture<Void> cancel();

    /**
     * The job's result: completes normally when the job finishes, exceptionally with a
     * {@link JobExecutionException} when it fails or is canceled.
     */
    CompletableFuture<JobExecutionResult> getJobExecutionResult();
}
