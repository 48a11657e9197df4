package io.ebbflow.api.state;

import io.ebbflow.api.serialization.Serializer;

/** Describes a {@link ValueState}. */
public class ValueStateDescriptor<T> extends StateDescriptor<ValueState<T>, T> {
    private static final long serialVersionUID = 1L;

    public ValueStateDescriptor(String name, Class<T> typeClass) {
        super(name, typeClass, null);
    }

    public ValueStateDescriptor(String name, Serializer<T> serializer) {
        super(name, null, serializer);
    }

    @Override
    public Type getType() {
        return Type.VALUE;
    }
}
