package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.query.Query;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.MemoryConfigStore;
import io.smarttriage.governance.MemoryExamples;
import io.smarttriage.governance.MemoryModelArchive;
import io.smarttriage.governance.ModelTrainer;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.StoredModel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

class RetrainingJobTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final UserManager users = mock(UserManager.class);
    private final SearchService search = mock(SearchService.class);
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final MemoryModelArchive archive = new MemoryModelArchive();
    private final List<Integer> trainedOn = new ArrayList<>();
    private final ApplicationUser bot = JiraMocks.user("triage-bot");
    private final RetrainingJob job =
            new RetrainingJob(
                    scheduler,
                    locks,
                    new RetrainingJob.Sources(
                            projects,
                            users,
                            configs,
                            new CorrectedHistory(
                                    new TrainingHistory(search, JiraMocks.fieldsWithoutJsm()),
                                    new MemoryExamples(),
                                    mock(IssueManager.class))),
                    new CountingTrainer(trainedOn),
                    archive,
                    Clock.fixed(Instant.parse("2026-03-03T03:30:00Z"), ZoneOffset.UTC));

    private MockedStatic<JobRunnerResponse> responses;

    @AfterEach
    void closeResponses() {
        responses.close();
    }

    @BeforeEach
    void jira() throws Exception {
        responses = mockStatic(JobRunnerResponse.class);
        responses.when(() -> JobRunnerResponse.success(any())).thenReturn(null);
        responses.when(() -> JobRunnerResponse.aborted(any())).thenReturn(null);
        Project help = mock(Project.class);
        when(help.getKey()).thenReturn("HELP");
        when(projects.getProjects()).thenReturn(List.of(help));
        when(users.getUserByKey("triage-bot")).thenReturn(bot);
        when(locks.getLockForName(RetrainingJob.LOCK_NAME)).thenReturn(lock);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        Query query = mock(Query.class);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(eq(bot), anyString())).thenReturn(parsed);
        configs.save(
                new ProjectConfig(
                        "HELP",
                        true,
                        Map.of(),
                        "triage-bot",
                        List.of(),
                        AssignmentStrategy.PREDICTED,
                        false));
    }

    @Test
    void givenLockHeldByAnotherNode_runJob_abortsWithoutTraining() {
        when(lock.tryLock()).thenReturn(false);

        job.runJob(null);

        assertThat(trainedOn).isEmpty();
        assertThat(archive.latest("HELP")).isEmpty();
        responses.verify(() -> JobRunnerResponse.aborted("another node is retraining"));
    }

    @Test
    void givenHistoryOnTwoPages_runJob_trainsOnAllAndStoresModelWithProvenance() throws Exception {
        when(lock.tryLock()).thenReturn(true);
        SearchResults<Issue> full = page(0, TrainingHistory.PAGE_SIZE, 620);
        int overlapFrom = TrainingHistory.PAGE_SIZE - TrainingHistory.OVERLAP;
        SearchResults<Issue> rest = page(overlapFrom, 620 - overlapFrom, 620);
        when(search.search(eq(bot), any(), any())).thenReturn(full, rest);

        job.runJob(null);

        StoredModel model = archive.latest("HELP").orElseThrow();
        assertThat(trainedOn).containsExactly(620);
        assertThat(model.version()).isEqualTo(1L);
        assertThat(model.provenance()).contains("\"examples\":620", "\"trainer\":\"counting\"");
        verify(lock).unlock();
    }

    @Test
    void givenTooLittleHistory_runJob_storesNoModel() throws Exception {
        when(lock.tryLock()).thenReturn(true);
        SearchResults<Issue> small = page(0, RetrainingJob.MIN_HISTORY - 1, 49);
        when(search.search(eq(bot), any(), any())).thenReturn(small);

        job.runJob(null);

        assertThat(archive.latest("HELP")).isEmpty();
    }

    /** A page of {@code size} issues from position {@code first} on, issue ids 1 + position. */
    private static SearchResults<Issue> page(int first, int size, int total) {
        @SuppressWarnings("unchecked")
        SearchResults<Issue> page = mock(SearchResults.class);
        List<Issue> issues = new ArrayList<>();
        for (int position = first; position < first + size; position++) {
            MutableIssue issue = JiraMocks.issue("High");
            when(issue.getId()).thenReturn(1L + position);
            issues.add(issue);
        }
        when(page.getResults()).thenReturn(issues);
        when(page.getTotal()).thenReturn(total);
        return page;
    }

    /** Trainer that records how many requests it saw. */
    private record CountingTrainer(List<Integer> trainedOn) implements ModelTrainer {
        @Override
        public byte[] train(List<Ticket> history) {
            trainedOn.add(history.size());
            return "model".getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String describe() {
            return "counting";
        }
    }
}
