package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smarttriage.domain.TargetField;
import org.junit.jupiter.api.Test;

class ProjectConfigTest {

    @Test
    void givenUnconfiguredProject_configFor_returnsDisabledShadowDefaults() {
        ConfigStore store = new MemoryConfigStore();

        ProjectConfig config = store.configFor("HELP");

        assertThat(config.enabled()).isFalse();
        assertThat(config.fields().values()).allMatch(s -> s.mode() == FieldMode.SHADOW);
        assertThat(config.customerNotice()).isFalse();
    }

    @Test
    void givenDefaults_withField_changesOnlyThatField() {
        ProjectConfig config = ProjectConfig.defaults("HELP");

        ProjectConfig changed =
                config.withField(TargetField.PRIORITY, new FieldSettings(FieldMode.AUTO, 0.9, 0.8));

        assertThat(changed.settings(TargetField.PRIORITY).mode()).isEqualTo(FieldMode.AUTO);
        assertThat(changed.settings(TargetField.ASSIGNEE)).isEqualTo(FieldSettings.DEFAULT);
    }

    @Test
    void givenThresholdAboveOne_newFieldSettings_failsNamingValueAndRule() {
        FieldMode mode = FieldMode.AUTO;

        var thrown = assertThatThrownBy(() -> new FieldSettings(mode, 1.5, 0.8));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold must be between 0 and 1, got 1.5");
    }
}
