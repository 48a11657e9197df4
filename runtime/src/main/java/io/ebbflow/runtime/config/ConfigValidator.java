package io.ebbflow.runtime.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a configuration before a job uses it: every key in Ebbflow's namespaces must be a known option,
 * and every value must parse. Keys outside those namespaces (a connector's own properties) pass.
 */
public final class ConfigValidator {

    private ConfigValidator() {}

    /**
     * Validates {@code conf}.
     *
     * @throws IllegalConfigurationException listing each unknown key with the closest known key, and each
     *     value that does not parse
     */
    public static void validate(Configuration conf) {
        Map<String, ConfigOption<?>> known = KnownOptions.all();
        List<String> problems = new ArrayList<>();
        for (String key : conf.keySet()) {
            ConfigOption<?> option = known.get(key);
            if (option == null) {
                if (KnownOptions.isOwnNamespace(key)) {
                    String closest = closestKey(key, known.keySet());
                    problems.add("Unknown config key '" + key + "'" + (closest == null ? "" : " (did you mean '" + closest + "'?)"));
                }
                continue;
            }
            try {
                conf.get(option);
            } catch (IllegalConfigurationException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalConfigurationException(String.join("; ", problems));
        }
    }

    /** Returns the known key with the smallest edit distance to {@code key}, or null if none is close. */
    static String closestKey(String key, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(key, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= Math.max(3, key.length() / 3) ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
