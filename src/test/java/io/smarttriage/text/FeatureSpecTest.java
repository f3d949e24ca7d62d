package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeatureSpecTest {

    @Test
    void givenAllFields_without_dropsOnlyNamedFieldsAndKeepsBigrams() {
        FeatureSpec spec = FeatureSpec.all().withBigrams(true);

        FeatureSpec narrowed = spec.without(FeatureField.COMPONENT, FeatureField.LABEL);

        assertThat(narrowed.fields())
                .hasSize(FeatureField.values().length - 2)
                .doesNotContain(FeatureField.COMPONENT, FeatureField.LABEL);
        assertThat(narrowed.bigrams()).isTrue();
    }

    @Test
    void givenDefaultSpec_includes_everyFieldWithoutBigrams() {
        FeatureSpec spec = FeatureSpec.all();

        boolean includesAll = Arrays.stream(FeatureField.values()).allMatch(spec::includes);

        assertThat(includesAll).isTrue();
        assertThat(spec.bigrams()).isFalse();
    }
}
