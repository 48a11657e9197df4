package io.ebbflow.runtime.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds {@link ConfigOption}s: {@code ConfigOptions.key("a.b").durationType().defaultValue(...).withDescription(...)}.
 */
public final class ConfigOptions {

    private ConfigOptions() {}

    /** Starts an option with the given key. */
    public static KeyBuilder key(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("config key must not be blank");
        }
        return new KeyBuilder(key);
    }

    /** Second step: the value type. */
    public static final class KeyBuilder {
        private final String key;

        KeyBuilder(String key) {
            this.key = key;
        }

        public TypedBuilder<Integer> intType() {
            return new TypedBuilder<>(key, Integer.class, Integer::valueOf);
        }

        public TypedBuilder<Long> longType() {
            return new TypedBuilder<>(key, Long.class, Long::valueOf);
        }

        public TypedBuilder<Boolean> booleanType() {
            return new TypedBuilder<>(key, Boolean.class, ConfigOptions::parseBoolean);
        }

        public TypedBuilder<String> stringType() {
            return new TypedBuilder<>(key, String.class, Function.identity());
        }

        public TypedBuilder<Duration> durationType() {
            return new TypedBuilder<>(key, Duration.class, TimeUtils::parseDuration);
        }

        public TypedBuilder<MemorySize> memoryType() {
            return new TypedBuilder<>(key, MemorySize.class, MemorySize::parse);
        }

        public <E extends Enum<E>> TypedBuilder<E> enumType(Class<E> enumClass) {
            return new TypedBuilder<>(key, enumClass, s -> parseEnum(enumClass, s));
        }

        /** A list of strings, written as a YAML list or as one string separated by ',' or ';'. */
        public TypedBuilder<List<String>> stringListType() {
            return new TypedBuilder<>(key, List.class, s -> Arrays.stream(s.split("[,;]"))
                    .map(String::trim).filter(p -> !p.isEmpty()).toList());
        }
    }

    /** Last step: default value and description. */
    public static final class TypedBuilder<T> {
        private final String key;
        private final Class<?> type;
        private final Function<String, T> parser;
        private T defaultValue;
        private List<String> deprecatedKeys = List.of();

        TypedBuilder(String key, Class<?> type, Function<String, T> parser) {
            this.key = key;
            this.type = type;
            this.parser = parser;
        }

        public TypedBuilder<T> defaultValue(T value) {
            this.defaultValue = Objects.requireNonNull(value, "defaultValue");
            return this;
        }

        /** Declares an option without a default; {@link Configuration#get} returns null when unset. */
        public TypedBuilder<T> noDefaultValue() {
            this.defaultValue = null;
            return this;
        }

        public TypedBuilder<T> withDeprecatedKeys(String... keys) {
            this.deprecatedKeys = List.of(keys);
            return this;
        }

        public ConfigOption<T> withDescription(String description) {
            return new ConfigOption<>(key, type, defaultValue, description, deprecatedKeys, parser);
        }
    }

    private static Boolean parseBoolean(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        String wanted = s.replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown value");
    }
}
