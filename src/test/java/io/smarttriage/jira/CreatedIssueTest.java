package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests for {@link CreatedIssue} validation. */
class CreatedIssueTest {

    @Test
    void givenBlankProjectKey_construct_failsNamingTheField() {
        String projectKey = " ";

        var thrown = assertThatThrownBy(() -> new CreatedIssue(1L, "HELP-1", projectKey));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("projectKey must not be blank, got ' '");
    }

    @Test
    void givenNullIssueKey_construct_failsNamingTheField() {
        String issueKey = null;

        var thrown = assertThatThrownBy(() -> new CreatedIssue(1L, issueKey, "HELP"));

        thrown.isInstanceOf(NullPointerException.class).hasMessageContaining("issueKey");
    }
}
