package io.ebbflow.api.windowing.windows;

/**
 * A group of records that a window function evaluates together. Windows are values: equal windows of one
 * key share their state, so subclasses implement {@code equals} and {@code hashCode}.
 */
public abstract class Window {

    /**
     * The largest timestamp, in ms, that still belongs to this window. Results of the window carry it as
     * their timestamp, and an event-time window is complete when the watermark reaches it.
     */
    public abstract long maxTimestamp();
}
