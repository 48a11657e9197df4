package io.ebbflow.runtime.operators;

/**
 * What an operator tells the runtime about how it produces output (FLIP-327 and FLIP-331). Immutable; build
 * it with {@link OperatorAttributesBuilder}. All flags default to false.
 *
 * @param outputOnlyAfterEndOfStream the operator emits only when its input ends (EndOfStreamWindows, a
 *     bounded aggregation); the runtime may then run it with sorted inputs and start its downstream late
 *     (FLIP-331)
 * @param outputOnCheckpoint the operator emits (commits) only when a checkpoint completes: a transactional
 *     sink (FLIP-331)
 * @param internalSorterSupported the operator sorts its backlog inputs itself (coGroup, join), so the runtime
 *     must not put a sorter in front of it (FLIP-327, "isInternalSorterSupported")
 */
public record OperatorAttributes(
        boolean outputOnlyAfterEndOfStream, boolean outputOnCheckpoint, boolean internalSorterSupported) {

    /** All flags false: the attributes of an operator that says nothing. */
    public static final OperatorAttributes DEFAULT = new OperatorAttributes(false, false, false);

    /** FLIP-331's name for {@link #outputOnlyAfterEndOfStream()}. */
    public boolean isOutputOnEOF() {
        return outputOnlyAfterEndOfStream;
    }

    /** FLIP-331's name for {@link #outputOnCheckpoint()}. */
    public boolean isOutputOnCheckpoint() {
        return outputOnCheckpoint;
    }

    /** FLIP-327's name for {@link #internalSorterSupported()}. */
    public boolean isInternalSorterSupported() {
        return internalSorterSupported;
    }
}
