package io.ebbflow.api.common;

import java.io.Serializable;
import java.util.Objects;

/**
 * Names a side output of an operator, such as late data of a window or an error stream.
 *
 * <p>Two tags are equal when their ids are equal. Create tags once and share the instance between the
 * function that emits and the {@code getSideOutput} call that reads.
 *
 * @param <T> the type of the side output's records
 */
public final class OutputTag<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final Class<T> typeClass;

    /**
     * @param id a non-empty name, unique within the job
     * @param typeClass the records' class; used to pick a serializer where bytes are needed
     */
    public OutputTag(String id, Class<T> typeClass) {
        if (Objects.requireNonNull(id, "id").isEmpty()) {
            throw new IllegalArgumentException("OutputTag id must not be empty");
        }
        this.id = id;
        this.typeClass = Objects.requireNonNull(typeClass, "typeClass");
    }

    public String getId() {
        return id;
    }

    public Class<T> getTypeClass() {
        return typeClass;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputTag<?> t && t.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "OutputTag(" + id + ")";
    }
}
