package io.ebbflow.runtime.streamrecord;

/**
 * A stream element that tells downstream operators about the records that follow it (FLIP-325).
 *
 * <p>{@code isBacklog} is true while the records come from a backlog (FLIP-309): operators may then buffer,
 * sort and process them key by key instead of record by record (FLIP-327). The element travels in order with
 * the records. An operator's output is in backlog while any of its inputs is, and an operator forwards the
 * element only when its combined status changes.
 *
 * @param isBacklog whether the following records are part of a backlog
 */
public record RecordAttributes(boolean isBacklog) {
    public static final RecordAttributes BACKLOG = new RecordAttributes(true);
    public static final RecordAttributes NOT_BACKLOG = new RecordAttributes(false);

    public static RecordAttributes of(boolean isBacklog) {
        return isBacklog ? BACKLOG : NOT_BACKLOG;
    }
}
