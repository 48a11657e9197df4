package io.ebbflow.api.windowing.windows;

/** The one window that holds all records of a key ({@code GlobalWindows}); it never ends on its own. */
public final class GlobalWindow extends Window {

    private static final GlobalWindow INSTANCE = new GlobalWindow();

    private GlobalWindow() {}

    public static GlobalWindow get() {
        return INSTANCE;
    }

    /** {@link Long#MAX_VALUE}: a global window has no end in event time. */
    @Override
    public long maxTimestamp() {
        return Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "GlobalWindow";
    }
}
