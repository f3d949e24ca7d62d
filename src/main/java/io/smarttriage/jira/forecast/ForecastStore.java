package io.smarttriage.jira.forecast;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.smarttriage.forecast.ForecastSnapshot;
import io.smarttriage.governance.RunAsUserStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores forecast snapshots and the job settings as JSON strings in SAL global plugin settings,
 * which Jira keeps in its database and every cluster node reads. As {@link RunAsUserStore} it gives
 * the job's run-as user key to the handlers of user key changes and anonymization.
 */
public class ForecastStore implements RunAsUserStore {
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

    /** Fields of the job settings JSON, in the order they are written. */
    static final List<String> CONFIG_FIELDS =
            List.of("runAsUserKey", "projects", "zone", "historyDays", "holidays", "issueTypes");

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
        return storedConfig().orElseGet(ForecastJobConfig::defaults);
    }

    /**
     * Returns the stored job settings; empty when none are stored.
     *
     * @throws IllegalStateException when the stored text is not valid settings JSON
     */
    public Optional<ForecastJobConfig> storedConfig() {
        Object value = settings().get(CONFIG_KEY);
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, ForecastJobConfig.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "plugin setting "
                            + CONFIG_KEY
                            + " is not valid JSON: "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * Reads job settings sent by an administrator, more strictly than stored ones: unknown and
     * repeated fields and text after the object are errors too.
     *
     * @throws IllegalArgumentException naming the field and the rule it breaks
     */
    public ForecastJobConfig parseConfig(String text) {
        ForecastJobConfig config;
        try {
            config =
                    json.readerFor(ForecastJobConfig.class)
                            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                            .readValue(text);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(
                    "forecast settings: unknown field '"
                            + e.getPropertyName()
                            + "'; known fields are "
                            + String.join(", ", CONFIG_FIELDS),
                    e);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new IllegalArgumentException(invalid.getMessage(), e);
            }
            throw new IllegalArgumentException(problem(e), e);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(problem(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "forecast settings are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (config == null) {
            throw new IllegalArgumentException("forecast settings must be a JSON object, was null");
        }
        return config;
    }

    /** Names the field (and list entry) a mapping error is about, its rule, then the cause. */
    private static String problem(JsonMappingException e) {
        String field = null;
        int entry = -1;
        for (JsonMappingException.Reference step : e.getPath()) {
            if (field == null && step.getFieldName() != null) {
                field = step.getFieldName();
            } else if (field != null && step.getIndex() >= 0) {
                entry = step.getIndex() + 1;
            }
        }
        if (field == null) {
            return "forecast settings must be one JSON object: " + e.getOriginalMessage();
        }
        String rule;
        if (entry > 0) {
            rule = "', entry " + entry + ": must be a text";
        } else if (field.equals("historyDays")) {
            rule = "' must be a whole number";
        } else if (field.equals("runAsUserKey") || field.equals("zone")) {
            rule = "' must be a text";
        } else {
            rule = "' must be a list of texts";
        }
        return "forecast setting '" + field + rule + "; " + e.getOriginalMessage();
    }

    /**
     * Returns the stored run-as user key; empty when none is stored or the settings are unreadable.
     */
    @Override
    public Optional<String> runAsUserKey() {
        return readableConfig().map(ForecastJobConfig::runAsUserKey);
    }

    /**
     * Replaces the stored run-as user key when it is {@code oldKey}; unreadable settings are left
     * as stored (the job does not run with them either).
     */
    @Override
    public boolean replaceRunAsUser(String oldKey, String newKey) {
        Optional<ForecastJobConfig> config = readableConfig();
        if (config.isEmpty() || !oldKey.equals(config.get().runAsUserKey())) {
            return false;
        }
        saveConfig(config.get().withRunAsUserKey(newKey));
        return true;
    }

    private Optional<ForecastJobConfig> readableConfig() {
        try {
            return storedConfig();
        } catch (IllegalStateException e) {
            LOG.warn(
                    "Plugin setting {} is not valid forecast settings JSON; its run-as user key is"
                            + " left as stored",
                    CONFIG_KEY);
            return Optional.empty();
        }
    }

    /** Stores {@code config} as the job settings, replacing any; returns the JSON written. */
    public String saveConfig(ForecastJobConfig config) {
        String text = toJson(config);
        settings().put(CONFIG_KEY, text);
        return text;
    }

    /** Returns {@code config} as the JSON this store writes. */
    public String toJson(ForecastJobConfig config) {
        try {
            return json.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("forecast settings cannot be written as JSON", e);
        }
    }

    /** Removes the job settings, so the job runs with the defaults (and forecasts nothing). */
    public void clearConfig() {
        settings().remove(CONFIG_KEY);
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
