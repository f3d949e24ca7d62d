package io.smarttriage.jira.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.smarttriage.forecast.ForecastSnapshot;
import io.smarttriage.forecast.Snapshots;
import io.smarttriage.jira.MemoryPluginSettings;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests for {@link ForecastStore} over an in-memory stand-in for SAL plugin settings. */
class ForecastStoreTest {
    private final Map<String, Object> values = new HashMap<>();
    private final ForecastStore store = new ForecastStore(MemoryPluginSettings.factory(values));

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
    void givenValidSettings_saveConfig_writesEveryFieldAndStoredConfigReadsThemBack() {
        ForecastJobConfig config =
                store.parseConfig(
                        "{\"runAsUserKey\": \"svc\", \"projects\": [\"HELP\"],"
                                + " \"zone\": \"Europe/Berlin\", \"holidays\": [\"2026-12-25\"],"
                                + " \"issueTypes\": [\"Incident\"]}");

        String written = store.saveConfig(config);

        assertThat(values.get(ForecastStore.CONFIG_KEY)).isEqualTo(written);
        assertThat(written)
                .isEqualTo(
                        "{\"runAsUserKey\":\"svc\",\"projects\":[\"HELP\"],"
                                + "\"zone\":\"Europe/Berlin\",\"historyDays\":365,"
                                + "\"holidays\":[\"2026-12-25\"],\"issueTypes\":[\"Incident\"]}");
        assertThat(store.storedConfig()).contains(config);
    }

    @Test
    void givenSettingsRecord_configFields_nameItsComponentsInOrder() {
        var components = ForecastJobConfig.class.getRecordComponents();

        List<String> names =
                java.util.Arrays.stream(components)
                        .map(java.lang.reflect.RecordComponent::getName)
                        .toList();

        assertThat(ForecastStore.CONFIG_FIELDS).isEqualTo(names);
    }

    @Test
    void givenStoredConfig_clearConfig_leavesNothingAndConfigFallsBackToDefaults() {
        store.saveConfig(store.parseConfig("{\"runAsUserKey\": \"svc\"}"));

        store.clearConfig();

        assertThat(values).doesNotContainKey(ForecastStore.CONFIG_KEY);
        assertThat(store.storedConfig()).isEmpty();
        assertThat(store.config()).isEqualTo(ForecastJobConfig.defaults());
    }

    @Test
    void givenUnknownField_parseConfig_failsNamingItAndTheKnownFields() {
        String json = "{\"runAsUserKey\": \"svc\", \"project\": [\"HELP\"]}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "forecast settings: unknown field 'project'; known fields are"
                                + " runAsUserKey, projects, zone, historyDays, holidays,"
                                + " issueTypes");
    }

    @Test
    void givenHistoryDaysAboveTheMaximum_parseConfig_failsNamingTheRangeAndValue() {
        String json = "{\"historyDays\": 731}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forecast setting 'historyDays' must be 56 to 730, was 731");
    }

    @Test
    void givenTextForHistoryDays_parseConfig_failsNamingTheSetting() {
        String json = "{\"historyDays\": \"a year\"}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("forecast setting 'historyDays' must be a whole number; ")
                .hasMessageContaining("a year");
    }

    @Test
    void givenFractionForHistoryDays_parseConfig_failsRatherThanRounding() {
        String json = "{\"historyDays\": 90.5}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("forecast setting 'historyDays' must be a whole number; ")
                .hasMessageContaining("90.5");
    }

    @Test
    void givenObjectInTheProjectList_parseConfig_failsNamingTheEntry() {
        String json = "{\"projects\": [\"HELP\", {\"key\": \"IT\"}]}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("forecast setting 'projects', entry 2: must be a text; ");
    }

    @Test
    void givenNullProjectEntry_parseConfig_failsNamingTheEntry() {
        String json = "{\"projects\": [\"HELP\", null]}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "forecast setting 'projects', entry 2: must be a non-empty text, was null");
    }

    @Test
    void givenSixIssueTypes_parseConfig_failsNamingTheLimit() {
        String json = "{\"issueTypes\": [\"A\", \"B\", \"C\", \"D\", \"E\", \"F\"]}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forecast setting 'issueTypes' names at most 5 issue types, had 6");
    }

    @Test
    void givenRepeatedField_parseConfig_failsNamingIt() {
        String json = "{\"zone\": \"UTC\", \"zone\": \"Europe/Berlin\"}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("forecast settings are not valid JSON: ")
                .hasMessageContaining("'zone'");
    }

    @Test
    void givenTextAfterTheObject_parseConfig_fails() {
        String json = "{\"zone\": \"UTC\"} {}";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("forecast settings");
    }

    @Test
    void givenJsonNull_parseConfig_failsSayingAnObjectIsNeeded() {
        String json = "null";

        var thrown = assertThatThrownBy(() -> store.parseConfig(json));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forecast settings must be a JSON object, was null");
    }

    @Test
    void givenConfigWithUnknownField_config_ignoresItAsStoredSettingsAlwaysDid() {
        values.put(ForecastStore.CONFIG_KEY, "{\"runAsUserKey\":\"svc\",\"retired\":1}");

        ForecastJobConfig config = store.config();

        assertThat(config.runAsUserKey()).isEqualTo("svc");
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

    @Test
    void givenConfigRunningAsOldKey_replaceRunAsUser_storesTheNewKeyAndKeepsTheRest() {
        ForecastJobConfig config =
                new ForecastJobConfig("bob", List.of("HELP"), "UTC", 90, List.of("2026-12-25"));
        store.saveConfig(config);

        boolean changed = store.replaceRunAsUser("bob", "JIRAUSER10100");

        assertThat(changed).isTrue();
        assertThat(store.config()).isEqualTo(config.withRunAsUserKey("JIRAUSER10100"));
        assertThat(store.runAsUserKey()).contains("JIRAUSER10100");
    }

    @Test
    void givenConfigRunningAsTheUser_replaceRunAsUserWithNull_clearsOnlyTheRunAsUser() {
        ForecastJobConfig config =
                new ForecastJobConfig("bob", List.of("HELP"), null, 0, List.of());
        store.saveConfig(config);

        boolean changed = store.replaceRunAsUser("bob", null);

        assertThat(changed).isTrue();
        assertThat(store.runAsUserKey()).isEmpty();
        assertThat(store.config().projects()).containsExactly("HELP");
    }

    @Test
    void givenNoConfigOrAnotherRunAsUser_replaceRunAsUser_changesNothing() {
        boolean withoutConfig = store.replaceRunAsUser("bob", null);
        store.saveConfig(new ForecastJobConfig("svc", List.of(), null, 0, List.of()));
        boolean otherUser = store.replaceRunAsUser("bob", null);

        assertThat(withoutConfig).isFalse();
        assertThat(otherUser).isFalse();
        assertThat(store.runAsUserKey()).contains("svc");
    }

    @Test
    void givenUnreadableConfig_runAsPort_namesNoUserAndLeavesTheSetting() {
        values.put(ForecastStore.CONFIG_KEY, "{\"runAsUserKey\": \"bob\", \"historyDays\": 1}");

        boolean changed = store.replaceRunAsUser("bob", null);

        assertThat(changed).isFalse();
        assertThat(store.runAsUserKey()).isEmpty();
        assertThat(values.get(ForecastStore.CONFIG_KEY)).asString().contains("bob");
    }
}
