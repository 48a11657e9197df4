package io.ebbflow.api;

import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.execution.JobClient;
import io.ebbflow.runtime.execution.LocalJobExecution;
import io.ebbflow.runtime.graph.JobGraph;

/** Runs jobs in this JVM, one thread per subtask: the embedded default. */
public final class LocalStreamEnvironment extends StreamExecutionEnvironment {

    LocalStreamEnvironment(Configuration configuration) {
        super(configuration);
    }

    @Override
    protected JobClient executeJobGraph(JobGraph jobGraph) throws Exception {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = getClass().getClassLoader();
        }
        return new LocalJobExecution(jobGraph, jobGraph.streamGraph().configuration(), cl).start();
    }
}
