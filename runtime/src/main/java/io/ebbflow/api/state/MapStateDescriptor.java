package io.ebbflow.api.state;

import io.ebbflow.api.serialization.Serializer;

/** Describes a {@link MapState}; the stored type is the map value's, the user key type is separate. */
public class MapStateDescriptor<K, V> extends StateDescriptor<MapState<K, V>, V> {
    private static final long serialVersionUID = 1L;

    private final Class<K> userKeyClass;
    private final transient Serializer<K> userKeySerializer;

    public MapStateDescriptor(String name, Class<K> userKeyClass, Class<V> valueClass) {
        super(name, valueClass, null);
        this.userKeyClass = userKeyClass;
        this.userKeySerializer = null;
    }

    public MapStateDescriptor(String name, Serializer<K> userKeySerializer, Serializer<V> valueSerializer) {
        super(name, null, valueSerializer);
        this.userKeyClass = null;
        this.userKeySerializer = userKeySerializer;
    }

    public Class<K> getUserKeyClass() {
        return userKeyClass;
    }

    public Serializer<K> getUserKeySerializer() {
        return userKeySerializer;
    }

    @Override
    public Type getType() {
        return Type.MAP;
    }

}
