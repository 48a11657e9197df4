package io.ebbflow.api.connector.source;

/** What {@link SourceReader#pollNext} tells the task's loop. */
public enum InputStatus {
    /** Call {@code pollNext} again soon: more records are ready. */
    MORE_AVAILABLE,
    /** Nothing now: the loop waits for {@link SourceReader#isAvailable()} before polling again. */
    NOTHING_AVAILABLE,
    /** The reader is done and will emit nothing more. */
    END_OF_INPUT
}
