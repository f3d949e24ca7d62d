package io.smarttriage.jira.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.smarttriage.forecast.ForecastSnapshot;
import io.smarttriage.forecast.Snapshots;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link ForecastStore} over an in-memory stand-in for SAL plugin settings. */
class ForecastStoreTest {
    private final Map<String, Object> values = new HashMap<>();
    private final ForecastStore store = new ForecastStore(factory(values));

    @Test
    void givenSavedSnapshot_load_returnsTheSnapshotWithNumbersToTwoDecimals() {
        ForecastSnapshot snapshot = Snapshots.of("HELP", 365);

        store.save(snapshot);

        ForecastSnapshot loaded = store.load("HELP").orElseThrow();
        assertThat(values.get(ForecastStore.SNAPSHOT_PREFIX + "HELP")).isInstanceOf(String.class);
        assertThat(loaded.chart().history()).isEqualTo(snapshot.chart().history());
        assertThat(loaded.hourlyAgents()).isEqualTo(snapshot.hourlyAgents());
        assertThat(loaded.chart().forecast().get(3).upper95())
                .isCloseTo(snapshot.chart().forecast().get(3).upper95(), within(0.005));
    }

    @Test
    void givenOneYearOfHistory_savedJson_staysSmall() {
        ForecastSnapshot snapshot = Snapshots.of("HELP", 365);

        store.save(snapshot);

        String json = (String) values.get(ForecastStore.SNAPSHOT_PREFIX + "HELP");
        assertThat(json.length()).isLessThan(16_000);
    }

    @Test
    void givenNothingOrGarbageStored_load_isEmpty() {
        values.put(ForecastStore.SNAPSHOT_PREFIX + "BAD", "{not json");

        Optional<ForecastSnapshot> missing = store.load("NONE");

        assertThat(missing).isEmpty();
        assertThat(store.load("BAD")).isEmpty();
    }

    @Test
    void givenStoredConfig_config_readsIt() {
        values.put(
                ForecastStore.CONFIG_KEY,
                "{\"runAsUserKey\":\"svc\",\"projects\":[\"HELP\"],\"zone\":\"Europe/Berlin\"}");

        ForecastJobConfig config = store.config();

        assertThat(config.runAsUserKey()).isEqualTo("svc");
        assertThat(config.projects()).isEqualTo(List.of("HELP"));
        assertThat(config.historyDays()).isEqualTo(365);
    }

    @Test
    void givenConfigWithBadHoliday_config_failsNamingTheEntryAndPattern() {
        values.put(ForecastStore.CONFIG_KEY, "{\"holidays\":[\"2026-12-25\",\"26.12.2026\"]}");

        var thrown = assertThatThrownBy(store::config);

        thrown.isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "'holidays', entry 2: '26.12.2026' is not a date in pattern yyyy-MM-dd");
    }

    @Test
    void givenConfigWithBadZone_config_failsNamingTheSettingAndValue() {
        values.put(ForecastStore.CONFIG_KEY, "{\"zone\":\"Mars/Olympus\"}");

        var thrown = assertThatThrownBy(store::config);

        thrown.isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ForecastStore.CONFIG_KEY)
                .hasMessageContaining("'Mars/Olympus' is not a time zone id");
    }

    @Test
    void givenSavedCategories_loadCategory_returnsEachByNameAndNothingForOthers() {
        Map<String, ForecastSnapshot> byType = new LinkedHashMap<>();
        byType.put("Incident", Snapshots.of("HELP", 120));
        byType.put("Service request", Snapshots.of("HELP", 200));

        store.saveCategories("HELP", byType);

        assertThat(store.categories("HELP")).containsExactly("Incident", "Service request");
        assertThat(store.loadCategory("HELP", "Service request").orElseThrow().historyDays())
                .isEqualTo(200);
        assertThat(store.loadCategory("HELP", "Change")).isEmpty();
        assertThat(store.loadCategory("OPS", "Incident")).isEmpty();
    }

    @Test
    void givenFewerCategoriesThanBefore_saveCategories_removesTheStaleSnapshots() {
        store.saveCategories("HELP", Map.of("Incident", Snapshots.of("HELP", 120)));
        Map<String, ForecastSnapshot> two = new LinkedHashMap<>();
        two.put("Change", Snapshots.of("HELP", 90));
        two.put("Incident", Snapshots.of("HELP", 120));
        store.saveCategories("HELP", two);

        store.saveCategories("HELP", Map.of());

        assertThat(store.categories("HELP")).isEmpty();
        assertThat(values).containsOnlyKeys(ForecastStore.CATEGORY_INDEX_PREFIX + "HELP");
    }

    private static PluginSettingsFactory factory(Map<String, Object> values) {
        PluginSettings settings = mock(PluginSettings.class);
        when(settings.get(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> values.get(call.<String>getArgument(0)));
        when(settings.put(
                        org.mockito.ArgumentMatchers.anyString(),
                        org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> values.put(call.getArgument(0), call.getArgument(1)));
        when(settings.remove(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> values.remove(call.<String>getArgument(0)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        return factory;
    }
}
