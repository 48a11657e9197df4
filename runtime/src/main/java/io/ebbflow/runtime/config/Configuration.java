package io.ebbflow.runtime.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mutable map from config keys to values, read through typed {@link ConfigOption}s.
 *
 * <p>Values may be stored as strings (from YAML, {@code -D} flags or REST requests) and are parsed on
 * read, so a bad value fails with an {@link IllegalConfigurationException} naming the key when it is
 * first used. {@link ConfigValidator} checks all values and unknown keys up front.
 *
 * <p>Not thread-safe: build it on one thread, then share it read-only.
 */
public final class Configuration {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public Configuration() {}

    /** Copies another configuration. */
    public Configuration(Configuration other) {
        values.putAll(other.values);
    }

    /** Builds a configuration from string keys to string (or typed) values, as read from YAML. */
    public static Configuration fromMap(Map<String, ?> map) {
        Configuration c = new Configuration();
        map.forEach((k, v) -> c.values.put(k, v instanceof List<?> || v instanceof String ? v : String.valueOf(v)));
        return c;
    }

    /** Sets a typed value. */
    public <T> Configuration set(ConfigOption<T> option, T value) {
        values.put(option.key(), Objects.requireNonNull(value, option.key()));
        return this;
    }

    /** Sets a value in its string form; it is parsed when read. */
    public Configuration setString(String key, String value) {
        values.put(key, Objects.requireNonNull(value, key));
        return this;
    }

    /**
     * Returns the value of {@code option}, or its default when unset (null when it has none).
     *
     * @throws IllegalConfigurationException when the stored value cannot be parsed
     */
    public <T> T get(ConfigOption<T> option) {
        return getOptional(option).orElse(option.defaultValue());
    }

    /**
     * Returns the value of {@code option} if it was set (under its key or a deprecated key).
     *
     * @throws IllegalConfigurationException when the stored value cannot be parsed
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> getOptional(ConfigOption<T> option) {
        Object raw = values.get(option.key());
        if (raw == null) {
            for (String old : option.deprecatedKeys()) {
                raw = values.get(old);
                if (raw != null) {
                    break;
                }
            }
        }
        if (raw == null) {
            return Optional.empty();
        }
        if (raw instanceof List<?> list && option.type() == List.class) {
            return Optional.of((T) list.stream().map(String::valueOf).toList());
        }
        if (raw instanceof String s && option.type() != String.class) {
            return Optional.of(option.parse(s));
        }
        if (!option.type().isInstance(raw)) {
            return Optional.of(option.parse(String.valueOf(raw)));
        }
        return Optional.of((T) raw);
    }

    /** Returns true when {@code option} was set explicitly. */
    public boolean contains(ConfigOption<?> option) {
        return getOptionalRaw(option) != null;
    }

    private Object getOptionalRaw(ConfigOption<?> option) {
        Object raw = values.get(option.key());
        if (raw == null) {
            for (String old : option.deprecatedKeys()) {
                raw = values.get(old);
                if (raw != null) {
                    return raw;
                }
            }
        }
        return raw;
    }

    /** Copies every entry of {@code other} into this configuration, replacing equal keys. */
    public Configuration addAll(Configuration other) {
        values.putAll(other.values);
        return this;
    }

    /** Returns the keys that were set. */
    public Set<String> keySet() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Returns every entry in string form, for logging and the REST API. */
    public Map<String, String> toMap() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Duration d ? TimeUtils.format(d) : String.valueOf(v)));
        return out;
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
