package io.ebbflow.api.connector.source;

import java.io.Serializable;

/**
 * A unit of a source's input assigned to one subtask: a Kafka partition, a file, a number range. A split
 * returned by {@link SourceReader#snapshotState} carries the reader's position in it, so a restore
 * continues where the checkpoint was taken.
 */
public interface SourceSplit extends Serializable {
    /** A stable id, unique within the source. */
    String splitId();
}
