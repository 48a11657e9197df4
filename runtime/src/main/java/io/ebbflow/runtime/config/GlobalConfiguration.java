package io.ebbflow.runtime.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads {@code conf/ebbflow.yaml} and applies {@code -Dkey=value} overrides.
 *
 * <p>The file may be flat ({@code execution.buffer-timeout: 10 ms}) or nested
 * ({@code execution: {buffer-timeout: 10 ms}}); nested maps are flattened with dots, as Flink 1.19+ does.
 * The configuration directory is {@code $EBBFLOW_CONF_DIR}, else {@code ./conf}; a missing file means
 * an empty configuration.
 */
public final class GlobalConfiguration {

    /** The file name looked up in the configuration directory. */
    public static final String FILE_NAME = "ebbflow.yaml";

    private GlobalConfiguration() {}

    /**
     * Loads the configuration from the default directory plus JVM system property overrides.
     *
     * @throws IllegalConfigurationException when the file exists but is not valid YAML (the message names the file)
     */
    public static Configuration load() {
        String dir = System.getenv("EBBFLOW_CONF_DIR");
        Configuration conf = loadYaml(Path.of(dir != null ? dir : "conf").resolve(FILE_NAME));
        return conf.addAll(fromSystemProperties(System.getProperties()));
    }

    /**
     * Reads one YAML file; returns an empty configuration when it does not exist.
     *
     * @throws IllegalConfigurationException when the file cannot be read or parsed, naming file, line and column
     */
    public static Configuration loadYaml(Path file) {
        if (!Files.exists(file)) {
            return new Configuration();
        }
        try (Reader r = Files.newBufferedReader(file)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (doc == null) {
                return new Configuration();
            }
            if (!(doc instanceof Map<?, ?> map)) {
                throw new IllegalConfigurationException(file + ": expected a map of config keys, found " + doc.getClass().getSimpleName());
            }
            Map<String, Object> flat = new LinkedHashMap<>();
            flatten("", map, flat);
            return Configuration.fromMap(flat);
        } catch (YAMLException e) {
            throw new IllegalConfigurationException("Cannot parse " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalConfigurationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, out);
            } else {
                out.put(key, e.getValue());
            }
        }
    }

    /** Takes the system properties whose keys belong to Ebbflow's option namespaces ({@code -Dexecution.buffer-timeout=5ms}). */
    public static Configuration fromSystemProperties(Properties props) {
        Configuration conf = new Configuration();
        for (String name : props.stringPropertyNames()) {
            if (KnownOptions.isOwnNamespace(name)) {
                conf.setString(name, props.getProperty(name));
            }
        }
        return conf;
    }
}
