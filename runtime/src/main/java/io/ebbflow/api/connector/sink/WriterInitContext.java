package io.ebbflow.api.connector.sink;

import io.ebbflow.runtime.config.Configuration;

/** What a writer knows about its subtask. */
public interface WriterInitContext {
    int getSubtaskId();

    int getNumberOfParallelSubtasks();

    Configuration getConfiguration();

    ClassLoader getUserCodeClassLoader();
}
