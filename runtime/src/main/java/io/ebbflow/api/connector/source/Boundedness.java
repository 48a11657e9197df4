package io.ebbflow.api.connector.source;

/** Whether a source ends. A bounded source is in backlog until it ends (FLIP-309). */
public enum Boundedness {
    BOUNDED,
    CONTINUOUS_UNBOUNDED
}
