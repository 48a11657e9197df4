package io.ebbflow.api.functions;

/** The clock a timer belongs to. */
public enum TimeDomain {
    EVENT_TIME,
    PROCESSING_TIME
}
