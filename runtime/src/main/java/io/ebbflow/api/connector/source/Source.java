package io.ebbflow.api.connector.source;

import java.io.Serializable;
import java.util.List;

/**
 * A factory for the readers of a parallel source and the splits they read.
 *
 * <p>The runtime calls {@link #createSplits} once per job (not per subtask) and assigns the splits to
 * subtasks round-robin by index, and the restored splits the same way, so assignment is deterministic and
 * state can be rescaled. Each subtask then creates its reader.
 *
 * @param <T> the records
 * @param <SplitT> the split type
 */
public interface Source<T, SplitT extends SourceSplit> extends Serializable {

    Boundedness getBoundedness();

    /**
     * Returns the splits of a fresh start.
     *
     * @param parallelism the source's parallelism, a hint for how finely to split
     * @throws Exception when the input cannot be enumerated (a missing file, an unreachable broker)
     */
    List<SplitT> createSplits(int parallelism) throws Exception;

    /** Creates one subtask's reader. */
    SourceReader<T, SplitT> createReader(SourceReaderContext context) throws Exception;
}
