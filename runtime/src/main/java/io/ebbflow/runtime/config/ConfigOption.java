package io.ebbflow.runtime.config;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed configuration key with its default value and description.
 *
 * <p>Instances are immutable constants declared in {@code *Options} classes, one per module. Build them
 * with {@link ConfigOptions#key(String)}.
 *
 * @param <T> the value type: {@code Integer}, {@code Long}, {@code Boolean}, {@code String},
 *     {@link java.time.Duration}, {@link MemorySize}, an enum, or {@code List<String>}
 */
public final class ConfigOption<T> {

    private final String key;
    private final Class<?> type;
    private final T defaultValue;
    private final String description;
    private final List<String> deprecatedKeys;
    private final Function<String, T> parser;

    ConfigOption(String key, Class<?> type, T defaultValue, String description, List<String> deprecatedKeys,
            Function<String, T> parser) {
        this.key = Objects.requireNonNull(key, "key");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description, "description");
        this.deprecatedKeys = List.copyOf(deprecatedKeys);
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** Returns the key, such as {@code execution.buffer-timeout}. */
    public String key() {
        return key;
    }

    /** Returns the class of the value type (for a list option, {@code List.class}). */
    public Class<?> type() {
        return type;
    }

    /** Returns the default value; null when the option has none. */
    public T defaultValue() {
        return defaultValue;
    }

    /** Returns true when the option has a default value. */
    public boolean hasDefaultValue() {
        return defaultValue != null;
    }

    /** Returns the description, which states the unit and the trade-off. */
    public String description() {
        return description;
    }

    /** Returns older keys still accepted for this option. */
    public List<String> deprecatedKeys() {
        return deprecatedKeys;
    }

    /**
     * Parses the string form of a value of this option.
     *
     * @throws IllegalConfigurationException when {@code text} is not a valid value; the message names the key
     */
    public T parse(String text) {
        try {
            return parser.apply(text.trim());
        } catch (IllegalConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalConfigurationException(
                    "Invalid value '" + text + "' for config key '" + key + "' (expected " + describeType() + "): "
                            + e.getMessage(), e);
        }
    }

    String describeType() {
        if (type == java.time.Duration.class) {
            return "a duration such as 100 ms, 10 s or 5 min";
        }
        if (type == MemorySize.class) {
            return "a memory size such as 64m, 128 mb or 2g";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        return "a " + type.getSimpleName();
    }

    @Override
    public String toString() {
        return key + " (default: " + defaultValue + ")";
    }
}
