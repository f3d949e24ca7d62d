package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Tests for {@link BuildInfo} and the filtered build resource. */
class BuildInfoTest {

    @Test
    void givenFilteredBuildResource_version_isTheMavenVersion() {
        BuildInfo info = new BuildInfo();

        String version = info.version();

        assertThat(version).isNotBlank().doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void givenUnfilteredPlaceholder_construct_failsNamingResourceAndValue() {
        Properties properties = new Properties();
        properties.setProperty("version", "${project.version}");

        var thrown = assertThatThrownBy(() -> new BuildInfo(properties));

        thrown.isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BuildInfo.RESOURCE)
                .hasMessageContaining("'${project.version}'");
    }
}
