package io.smarttriage.jira.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** Tests for {@link ForecastJob} with the scheduler, lock and Jira managers mocked. */
class ForecastJobTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final ForecastStore store = mock(ForecastStore.class);
    private final ProjectForecaster forecaster = mock(ProjectForecaster.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser runAs = mock(ApplicationUser.class);
    private final JobRunnerResponse success = mock(JobRunnerResponse.class);
    private final JobRunnerResponse aborted = mock(JobRunnerResponse.class);
    private final ForecastJob job =
            new ForecastJob(scheduler, locks, store, forecaster, projects, users);
    private MockedStatic<JobRunnerResponse> responses;

    @BeforeEach
    void stubResponses() {
        responses = mockStatic(JobRunnerResponse.class);
        responses.when(() -> JobRunnerResponse.success(any())).thenReturn(success);
        responses.when(() -> JobRunnerResponse.aborted(any())).thenReturn(aborted);
        when(locks.getLockForName(ForecastJob.LOCK_NAME)).thenReturn(lock);
        when(runAs.isActive()).thenReturn(true);
    }

    @AfterEach
    void closeResponses() {
        responses.close();
    }

    @Test
    void givenFreeLockAndTwoConfiguredProjects_runJob_forecastsBothAndUnlocks() throws Exception {
        ForecastJobConfig config =
                new ForecastJobConfig("svc", List.of("HELP", "IT"), "UTC", 0, List.of());
        when(store.config()).thenReturn(config);
        when(users.getUserByKey("svc")).thenReturn(runAs);
        when(lock.tryLock()).thenReturn(true);

        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));

        assertThat(response).isSameAs(success);
        verify(forecaster).forecast(runAs, "HELP", config);
        verify(forecaster).forecast(runAs, "IT", config);
        verify(lock).unlock();
        responses.verify(() -> JobRunnerResponse.success("2 of 2 projects forecast"));
    }

    @Test
    void givenNoProjectList_runJob_forecastsEveryProject() throws Exception {
        ForecastJobConfig config = new ForecastJobConfig("svc", List.of(), null, 0, List.of());
        Project help = mock(Project.class);
        when(help.getKey()).thenReturn("HELP");
        when(projects.getProjects()).thenReturn(List.of(help));
        when(store.config()).thenReturn(config);
        when(users.getUserByKey("svc")).thenReturn(runAs);
        when(lock.tryLock()).thenReturn(true);

        job.runJob(mock(JobRunnerRequest.class));

        verify(forecaster).forecast(runAs, "HELP", config);
    }

    @Test
    void givenOneProjectFailing_runJob_stillForecastsTheOthers() throws Exception {
        ForecastJobConfig config =
                new ForecastJobConfig("svc", List.of("BAD", "IT"), null, 0, List.of());
        when(store.config()).thenReturn(config);
        when(users.getUserByKey("svc")).thenReturn(runAs);
        when(lock.tryLock()).thenReturn(true);
        when(forecaster.forecast(runAs, "BAD", config))
                .thenThrow(new IllegalArgumentException("project key 'BAD' unknown"));

        job.runJob(mock(JobRunnerRequest.class));

        verify(forecaster).forecast(runAs, "IT", config);
        responses.verify(() -> JobRunnerResponse.success("1 of 2 projects forecast"));
        verify(lock).unlock();
    }

    @Test
    void givenLockHeldByAnotherNode_runJob_abortsWithoutForecasting() throws Exception {
        when(lock.tryLock()).thenReturn(false);

        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));

        assertThat(response).isSameAs(aborted);
        verify(store, never()).config();
        verify(lock, never()).unlock();
    }

    @Test
    void givenNoRunAsUser_runJob_abortsAndUnlocks() throws Exception {
        when(store.config()).thenReturn(ForecastJobConfig.defaults());
        when(lock.tryLock()).thenReturn(true);

        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));

        assertThat(response).isSameAs(aborted);
        verify(forecaster, never()).forecast(any(), any(), any());
        verify(lock).unlock();
    }

    @Test
    void givenRunAsUserJiraDoesNotKnow_runJob_abortsWithoutForecasting() throws Exception {
        when(store.config())
                .thenReturn(new ForecastJobConfig("ghost", List.of("HELP"), null, 0, List.of()));
        when(lock.tryLock()).thenReturn(true);

        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));

        assertThat(response).isSameAs(aborted);
        verify(forecaster, never()).forecast(any(), any(), any());
        responses.verify(() -> JobRunnerResponse.aborted("no active run-as user configured"));
        verify(lock).unlock();
    }

    @Test
    void givenDeactivatedRunAsUser_runJob_abortsWithoutForecasting() throws Exception {
        when(store.config())
                .thenReturn(new ForecastJobConfig("svc", List.of("HELP"), null, 0, List.of()));
        when(users.getUserByKey("svc")).thenReturn(runAs);
        when(runAs.isActive()).thenReturn(false);
        when(lock.tryLock()).thenReturn(true);

        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));

        assertThat(response).isSameAs(aborted);
        verify(forecaster, never()).forecast(any(), any(), any());
        verify(lock).unlock();
    }

    @Test
    void givenScheduler_register_registersRunnerAndSchedulesDailyOncePerCluster() throws Exception {
        JobRunnerKey key = mock(JobRunnerKey.class);
        JobId id = mock(JobId.class);
        JobConfig config = mock(JobConfig.class);
        Schedule daily = mock(Schedule.class);
        try (MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
                MockedStatic<JobId> ids = mockStatic(JobId.class);
                MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
                MockedStatic<Schedule> schedules = mockStatic(Schedule.class)) {
            keys.when(() -> JobRunnerKey.of(ForecastJob.RUNNER_KEY)).thenReturn(key);
            ids.when(() -> JobId.of(ForecastJob.JOB_ID)).thenReturn(id);
            configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
            schedules
                    .when(() -> Schedule.forCronExpression(ForecastJob.DAILY_CRON))
                    .thenReturn(daily);
            when(config.withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)).thenReturn(config);
            when(config.withSchedule(daily)).thenReturn(config);

            job.register();

            verify(scheduler).registerJobRunner(key, job);
            verify(scheduler).scheduleJob(eq(id), eq(config));
            verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        }
    }

    @Test
    void givenSchedulerRefusingTheJob_register_keepsTheRunnerRegistered() throws Exception {
        JobRunnerKey key = mock(JobRunnerKey.class);
        JobConfig config = mock(JobConfig.class);
        try (MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
                MockedStatic<JobId> ids = mockStatic(JobId.class);
                MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
                MockedStatic<Schedule> schedules = mockStatic(Schedule.class)) {
            keys.when(() -> JobRunnerKey.of(ForecastJob.RUNNER_KEY)).thenReturn(key);
            configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
            when(config.withRunMode(any())).thenReturn(config);
            when(config.withSchedule(any())).thenReturn(config);
            doThrow(new SchedulerServiceException("cluster scheduler down"))
                    .when(scheduler)
                    .scheduleJob(any(), any());

            job.register();

            verify(scheduler).registerJobRunner(key, job);
            verify(scheduler, never()).unregisterJobRunner(any());
        }
    }

    @Test
    void givenRegisteredJob_unregister_removesThisNodesRunnerOnly() throws Exception {
        JobRunnerKey key = mock(JobRunnerKey.class);
        try (MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class)) {
            keys.when(() -> JobRunnerKey.of(ForecastJob.RUNNER_KEY)).thenReturn(key);

            job.unregister();

            verify(scheduler).unregisterJobRunner(key);
            verify(scheduler, never()).scheduleJob(any(), any());
        }
    }
}
