package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import io.smarttriage.forecast.CategoryForecasts;
import io.smarttriage.forecast.DayStaffing;
import io.smarttriage.forecast.Forecast;
import io.smarttriage.forecast.HandlingTimes;
import io.smarttriage.forecast.HourlyProfile;
import io.smarttriage.forecast.StaffingPlanner;
import io.smarttriage.forecast.StaffingSettings;
import io.smarttriage.forecast.WorkloadMix;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Turns a forecast into agents per day, and describes the staffing assumptions. */
final class ForecastStaffing {

    private static final Duration HANDLING_CAP =
            Duration.ofMinutes(ForecastOptions.MAX_HANDLING_MINUTES);
    private static final Duration HANDLING_FALLBACK = Duration.ofMinutes(30);
    private static final int SHIFT_HOURS = 8;

    private final ForecastOptions options;
    private final List<Duration> handling;

    /** Learns (or takes) the handling time per forecast day, mixed by category if split. */
    ForecastStaffing(
            ForecastOptions options,
            List<Ticket> tickets,
            Forecast forecast,
            CategoryForecasts split) {
        this.options = options;
        HandlingTimes times =
                options.handlingMinutes != null
                        ? HandlingTimes.fixed(Duration.ofMinutes(options.handlingMinutes))
                        : HandlingTimes.learn(tickets, HANDLING_CAP, HANDLING_FALLBACK);
        this.handling =
                split != null
                        ? WorkloadMix.handlingPerDay(split, times)
                        : forecast.days().stream().map(d -> times.overall()).toList();
    }

    /** Returns the agents needed on each forecast day. */
    List<DayStaffing> plan(List<Ticket> tickets, Forecast forecast) {
        StaffingSettings settings =
                new StaffingSettings(
                        options.serviceLevel,
                        Duration.ofMinutes(options.answerMinutes),
                        options.shrinkage,
                        SHIFT_HOURS);
        List<Instant> created = tickets.stream().map(Ticket::created).toList();
        return new StaffingPlanner(settings, HourlyProfile.learn(created, options.zone))
                .plan(forecast, handling);
    }

    /** Returns the assumptions sentence, HTML-escaped, from the bundle. */
    String assumptions(ForecastMessages messages, boolean mix) {
        long minutes =
                Math.round(
                        handling.stream().mapToLong(Duration::toSeconds).average().orElse(0) / 60);
        return messages.format(
                mix
                        ? "triage.forecast.staffing.assumptions.mix"
                        : "triage.forecast.staffing.assumptions",
                Math.round(options.serviceLevel * 100),
                options.answerMinutes,
                minutes,
                Math.round(options.shrinkage * 100),
                SHIFT_HOURS);
    }
}
