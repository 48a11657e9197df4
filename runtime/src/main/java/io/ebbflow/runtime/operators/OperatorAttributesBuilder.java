package io.ebbflow.runtime.operators;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link OperatorAttributes}. Flags left unset are false, and {@link #build()} logs them at DEBUG so
 * that an operator author can see which attributes were defaulted rather than decided (FLIP-327
 * discussion: an unset attribute must be visible, because it disables an optimisation silently).
 *
 * <p>Not thread-safe; use a builder once.
 */
public final class OperatorAttributesBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorAttributesBuilder.class);

    private final String operatorName;
    private Boolean outputOnEOF;
    private Boolean outputOnCheckpoint;
    private Boolean internalSorterSupported;

    /** @param operatorName named in the DEBUG log of defaulted attributes */
    public OperatorAttributesBuilder(String operatorName) {
        this.operatorName = operatorName;
    }

    public OperatorAttributesBuilder setOutputOnEOF(boolean value) {
        this.outputOnEOF = value;
        return this;
    }

    public OperatorAttributesBuilder setOutputOnCheckpoint(boolean value) {
        this.outputOnCheckpoint = value;
        return this;
    }

    public OperatorAttributesBuilder setInternalSorterSupported(boolean value) {
        this.internalSorterSupported = value;
        return this;
    }

    public OperatorAttributes build() {
        if (LOG.isDebugEnabled()) {
            List<String> defaulted = new ArrayList<>(3);
            if (outputOnEOF == null) {
                defaulted.add("isOutputOnEOF");
            }
            if (outputOnCheckpoint == null) {
                defaulted.add("isOutputOnCheckpoint");
            }
            if (internalSorterSupported == null) {
                defaulted.add("isInternalSorterSupported");
            }
            if (!defaulted.isEmpty()) {
                LOG.debug("Operator '{}' did not set {}; defaulting to false", operatorName, defaulted);
            }
        }
        return new OperatorAttributes(
                Boolean.TRUE.equals(outputOnEOF),
                Boolean.TRUE.equals(outputOnCheckpoint),
                Boolean.TRUE.equals(internalSorterSupported));
    }
}
