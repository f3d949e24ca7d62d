package io.smarttriage.jira.forecast;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.smarttriage.forecast.ForecastSnapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores forecast snapshots and the job settings as JSON strings in SAL global plugin settings,
 * which Jira keeps in its database and every cluster node reads.
 */
public class ForecastStore {
    /** Key prefix of stored snapshots; the project key follows. */
    public static final String SNAPSHOT_PREFIX = "io.smarttriage.forecast.snapshot.";

    /**
     * Key prefix of the category index of a project (the project key follows): a JSON list of
     * category names; the snapshot of the i-th one is stored under {@link #SNAPSHOT_PREFIX}, the
     * project key, {@code #} and {@code i}, so keys stay short whatever the names.
     */
    public static final String CATEGORY_INDEX_PREFIX = "io.smarttriage.forecast.categories.";

    /** Key of the job settings. */
    public static final String CONFIG_KEY = "io.smarttriage.forecast.config";

    private static final Logger LOG = LoggerFactory.getLogger(ForecastStore.class);

    private final PluginSettingsFactory settingsFactory;
    private final ObjectMapper json =
            new ObjectMapper()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .registerModule(
                            new SimpleModule()
                                    .addSerializer(Double.class, new TwoDecimals())
                                    .addSerializer(Double.TYPE, new TwoDecimals()));

    /** Creates the store. */
    public ForecastStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    /** Saves {@code snapshot} under its project key, replacing the previous one. */
    public void save(ForecastSnapshot snapshot) {
        save(SNAPSHOT_PREFIX + snapshot.project(), snapshot.project(), snapshot);
    }

    private void save(String key, String projectKey, ForecastSnapshot snapshot) {
        try {
            settings().put(key, json.writeValueAsString(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "forecast of project " + projectKey + " cannot be written as JSON", e);
        }
    }

    /**
     * Returns the stored snapshot of {@code projectKey}; empty when none is stored or unreadable.
     */
    public Optional<ForecastSnapshot> load(String projectKey) {
        return read(SNAPSHOT_PREFIX + projectKey, projectKey);
    }

    private Optional<ForecastSnapshot> read(String key, String projectKey) {
        Object value = settings().get(key);
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, ForecastSnapshot.class));
        } catch (JsonProcessingException e) {
            LOG.warn(
                    "Stored forecast of project {} is not readable, ignored until the next run: {}",
                    projectKey,
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /**
     * Replaces the category forecasts of {@code projectKey} with {@code byCategory}, in its
     * iteration order; categories stored before and missing now are removed.
     */
    public void saveCategories(String projectKey, Map<String, ForecastSnapshot> byCategory) {
        List<String> previous = categories(projectKey);
        List<String> names = new ArrayList<>(byCategory.keySet());
        for (int i = 0; i < names.size(); i++) {
            save(categoryKey(projectKey, i), projectKey, byCategory.get(names.get(i)));
        }
        for (int i = names.size(); i < previous.size(); i++) {
            settings().remove(categoryKey(projectKey, i));
        }
        try {
            settings().put(CATEGORY_INDEX_PREFIX + projectKey, json.writeValueAsString(names));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "category names of project " + projectKey + " cannot be written as JSON", e);
        }
    }

    /** Returns the names of the categories of {@code projectKey} with a stored forecast. */
    public List<String> categories(String projectKey) {
        Object value = settings().get(CATEGORY_INDEX_PREFIX + projectKey);
        if (!(value instanceof String text)) {
            return List.of();
        }
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            LOG.warn(
                    "Stored category list of project {} is not readable, ignored until the next"
                            + " run: {}",
                    projectKey,
                    e.getOriginalMessage());
            return List.of();
        }
    }

    /** Returns the stored forecast of {@code category} in {@code projectKey}, if any. */
    public Optional<ForecastSnapshot> loadCategory(String projectKey, String category) {
        int index = categories(projectKey).indexOf(category);
        if (index < 0) {
            return Optional.empty();
        }
        return read(categoryKey(projectKey, index), projectKey);
    }

    /** Returns the job settings, or the defaults when none are stored. */
    public ForecastJobConfig config() {
        Object value = settings().get(CONFIG_KEY);
        if (!(value instanceof String text)) {
            return ForecastJobConfig.defaults();
        }
        try {
            return json.readValue(text, ForecastJobConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "plugin setting "
                            + CONFIG_KEY
                            + " is not valid JSON: "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    private static String categoryKey(String projectKey, int index) {
        return SNAPSHOT_PREFIX + projectKey + "#" + index;
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }

    /** Writes numbers rounded to two decimals, which keeps the stored JSON small. */
    private static final class TwoDecimals extends StdSerializer<Double> {
        TwoDecimals() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeNumber(Math.round(value * 100) / 100.0);
        }
    }
}
