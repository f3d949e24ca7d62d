package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class AssignmentPropertiesTest {
    private static final Instant BASE = Instant.parse("2024-03-04T00:00:00Z");

    @Property(tries = 200)
    void givenRandomDesk_whenDecided_thenChosenAgentIsActiveAvailableAndUnderCapacity(
            @ForAll @Size(min = 1, max = 10) List<@From("agents") AgentSpec> specs,
            @ForAll Strategy strategy,
            @ForAll @IntRange(min = 0, max = 335) int hour) {
        Instant now = BASE.plus(Duration.ofHours(hour)).plusSeconds(1800);
        Desk desk = Desk.of(specs, now, strategy);

        Decision decision = desk.assigner().decide(desk.request(), now);

        Statistics.collect(decision.outcome());
        if (decision.agent() != null) {
            assertThat(desk.canTake(decision.agent(), now)).as(decision.toString()).isTrue();
        }
        Statistics.coverage(
                checker -> checker.check(Outcome.UNASSIGNED).percentage(p -> p > 5 && p < 95));
    }

    @Property(tries = 200)
    void givenRandomDesk_whenRoundRobinLeavesUnassigned_thenNobodyCouldTakeIt(
            @ForAll @Size(min = 1, max = 10) List<@From("agents") AgentSpec> specs,
            @ForAll @IntRange(min = 0, max = 335) int hour) {
        Instant now = BASE.plus(Duration.ofHours(hour)).plusSeconds(1800);
        Desk desk = Desk.of(specs, now, Strategy.ROUND_ROBIN);

        Decision decision = desk.assigner().decide(desk.request(), now);

        boolean anyone =
                desk.pool().all().stream().anyMatch(agent -> desk.canTake(agent.userKey(), now));
        assertThat(decision.outcome() == Outcome.UNASSIGNED).isEqualTo(!anyone);
    }

    @Provide
    Arbitrary<AgentSpec> agents() {
        Arbitrary<ZoneId> zones =
                Arbitraries.of(
                        ZoneId.of("UTC"),
                        ZoneId.of("Europe/Berlin"),
                        ZoneId.of("America/Los_Angeles"),
                        ZoneId.of("Asia/Kolkata"));
        return Combinators.combine(
                        Arbitraries.of(true, true, true, false),
                        Arbitraries.of(true, true, true, false),
                        Arbitraries.integers().between(1, 8),
                        zones,
                        Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(6, 24),
                        Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(3),
                        Arbitraries.integers().between(-200, 200))
                .as(
                        (active, licensed, capacity, zone, start, hours, days, absence) ->
                                new AgentSpec(
                                        active, licensed, capacity, zone, start, hours, days,
                                        absence, false, 0))
                .flatMap(
                        spec ->
                                Combinators.combine(
                                                Arbitraries.of(false, false, false, true),
                                                Arbitraries.integers().between(0, 4))
                                        .as(
                                                (paused, open) ->
                                                        new AgentSpec(
                                                                spec.active(),
                                                                spec.licensed(),
                                                                spec.capacity(),
                                                                spec.zone(),
                                                                spec.startHour(),
                                                                spec.hours(),
                                                                spec.days(),
                                                                spec.absenceOffsetHours(),
                                                                paused,
                                                                open)));
    }
}
