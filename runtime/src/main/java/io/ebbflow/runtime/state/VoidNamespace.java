package io.ebbflow.runtime.state;

/** The namespace of state that is scoped to a key only (everything but window state). */
public enum VoidNamespace {
    INSTANCE
}
