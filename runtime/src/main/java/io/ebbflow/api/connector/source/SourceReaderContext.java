package io.ebbflow.api.connector.source;

import io.ebbflow.runtime.config.Configuration;

/** What a reader knows about its subtask, and how it reports that it is processing a backlog. */
public interface SourceReaderContext {

    int getIndexOfSubtask();

    int currentParallelism();

    Configuration getConfiguration();

    ClassLoader getUserCodeClassLoader();

    /**
     * Reports whether this reader is processing a backlog (FLIP-309): a bounded source's whole input, a
     * hybrid source's history, a Kafka source lagging behind. The runtime turns a change into a
     * {@code RecordAttributes} element in order with the records. Call it whenever the status changes; calls
     * that do not change it are free.
     */
    void setProcessingBacklog(boolean isProcessingBacklog);
}
