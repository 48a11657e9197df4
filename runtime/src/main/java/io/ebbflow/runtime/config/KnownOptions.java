package io.ebbflow.runtime.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry of every {@link ConfigOption} on the class path.
 *
 * <p>Each module lists its {@code *Options} classes in the resource {@code META-INF/ebbflow/options}
 * (one class name per line); their public static {@code ConfigOption} fields are the known options.
 * This lets the validator reject a misspelt key and suggest the closest one.
 */
public final class KnownOptions {

    /** The resource each module uses to list its options classes. */
    public static final String RESOURCE = "META-INF/ebbflow/options";

    private static final List<String> NAMESPACES = List.of(
            "execution.", "pipeline.", "parallelism.", "state.", "taskmanager.", "rest.", "restart-strategy.",
            "io.", "backlog.", "metrics.");

    private static volatile Map<String, ConfigOption<?>> cached;

    private KnownOptions() {}

    /** Returns true when {@code key} is in one of Ebbflow's option namespaces. */
    public static boolean isOwnNamespace(String key) {
        for (String ns : NAMESPACES) {
            if (key.startsWith(ns)) {
                return true;
            }
        }
        return false;
    }

    /** Returns all known options by key (deprecated keys included), loaded once from the class path. */
    public static Map<String, ConfigOption<?>> all() {
        Map<String, ConfigOption<?>> m = cached;
        if (m == null) {
            m = load(KnownOptions.class.getClassLoader());
            cached = m;
        }
        return m;
    }

    static Map<String, ConfigOption<?>> load(ClassLoader loader) {
        Map<String, ConfigOption<?>> out = new TreeMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        line = line.trim();
                        if (!line.isEmpty() && !line.startsWith("#")) {
                            addOptionsOf(Class.forName(line, true, loader), out);
                        }
                    }
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot load the list of config options from " + RESOURCE, e);
        }
        return Collections.unmodifiableMap(out);
    }

    private static void addOptionsOf(Class<?> holder, Map<String, ConfigOption<?>> out) {
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ConfigOption.class) {
                try {
                    ConfigOption<?> o = (ConfigOption<?>) f.get(null);
                    out.put(o.key(), o);
                    o.deprecatedKeys().forEach(k -> out.put(k, o));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read " + holder.getName() + "." + f.getName(), e);
                }
            }
        }
    }
}
