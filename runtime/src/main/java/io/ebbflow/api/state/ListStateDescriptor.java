package io.ebbflow.api.state;

import io.ebbflow.api.serialization.Serializer;

/** Describes a {@link ListState}; the type is the element type. */
public class ListStateDescriptor<T> extends StateDescriptor<ListState<T>, T> {
    private static final long serialVersionUID = 1L;

    public ListStateDescriptor(String name, Class<T> elementClass) {
        super(name, elementClass, null);
    }

    public ListStateDescriptor(String name, Serializer<T> elementSerializer) {
        super(name, null, elementSerializer);
    }

    @Override
    public Type getType() {
        return Type.LIST;
    }
}
