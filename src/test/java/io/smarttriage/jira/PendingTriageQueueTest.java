package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests for {@link PendingTriageQueue}. */
class PendingTriageQueueTest {
    private static final CreatedIssue FIRST = new CreatedIssue(1L, "HELP-1", "HELP");
    private static final CreatedIssue SECOND = new CreatedIssue(2L, "HELP-2", "HELP");

    @Test
    void givenFullQueue_offer_refusesIssueAndKeepsEarlierOne() {
        PendingTriageQueue queue = new PendingTriageQueue(1);
        queue.offer(FIRST);

        boolean accepted = queue.offer(SECOND);

        assertThat(accepted).isFalse();
        assertThat(queue.poll()).contains(FIRST);
    }

    @Test
    void givenTwoQueuedIssues_poll_returnsThemInArrivalOrder() {
        PendingTriageQueue queue = new PendingTriageQueue(2);
        queue.offer(FIRST);
        queue.offer(SECOND);

        CreatedIssue first = queue.poll().orElseThrow();
        CreatedIssue second = queue.poll().orElseThrow();

        assertThat(first).isEqualTo(FIRST);
        assertThat(second).isEqualTo(SECOND);
        assertThat(queue.poll()).isEmpty();
    }

    @Test
    void givenZeroCapacity_construct_failsNamingTheValue() {
        int capacity = 0;

        var thrown = assertThatThrownBy(() -> new PendingTriageQueue(capacity));

        thrown.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    }
}
