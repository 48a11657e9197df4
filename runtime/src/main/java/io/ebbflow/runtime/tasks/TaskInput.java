package io.ebbflow.runtime.tasks;

/**
 * What a task's loop reads: a source reader or the input gates of its head operator. Each call processes a
 * bounded amount of input (one batch, or a few dozen source polls), so mail is checked often.
 */
interface TaskInput {
    int MORE_AVAILABLE = 0;
    int NOTHING_AVAILABLE = 1;
    int END_OF_INPUT = 2;

    /** Processes a bounded amount of input and returns one of the constants above. */
    int processInput() throws Exception;

    /** True when {@link #processInput} would find input now; checked before the task parks. */
    boolean hasInputNow();

    /** The longest the task should park when idle, in ns (sources without an availability future poll). */
    default long maxParkNanos() {
        return 100_000_000L;
    }
}
