package io.ebbflow.api.windowing.triggers;

/**
 * What a {@link Trigger} decides for a window: whether to evaluate it now ({@link #isFire()}) and whether to
 * drop its contents afterwards ({@link #isPurge()}). Purging keeps the window's trigger state and timers;
 * the window itself lives until its cleanup time.
 */
public enum TriggerResult {
    /** Do nothing. */
    CONTINUE(false, false),
    /** Evaluate the window, then drop its contents. */
    FIRE_AND_PURGE(true, true),
    /** Evaluate the window and keep its contents (a later firing sees them again). */
    FIRE(true, false),
    /** Drop the window's contents without evaluating them. */
    PURGE(false, true);

    private final boolean fire;
    private final boolean purge;

    TriggerResult(boolean fire, boolean purge) {
        this.fire = fire;
        this.purge = purge;
    }

    public boolean isFire() {
        return fire;
    }

    public boolean isPurge() {
        return purge;
    }
}
