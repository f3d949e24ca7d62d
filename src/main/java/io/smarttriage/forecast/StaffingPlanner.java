package io.smarttriage.forecast;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns forecast volume into agents with Erlang C, hour by hour: each day is spread over hours with
 * the hourly profile, each hour gets the fewest agents meeting the service level, and the day's
 * agent-hours are divided by an agent's available hours after shrinkage.
 */
public final class StaffingPlanner {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private final StaffingSettings settings;
    private final HourlyProfile profile;

    /** Creates a planner. */
    public StaffingPlanner(StaffingSettings settings, HourlyProfile profile) {
        this.settings = settings;
        this.profile = profile;
    }

    /** Returns the staffing for each day of {@code forecast}, given the mean handling time. */
    public List<DayStaffing> plan(Forecast forecast, Duration handlingTime) {
        List<DayStaffing> days = new ArrayList<>();
        for (ForecastDay day : forecast.days()) {
            days.add(day(day.date(), day.expected(), handlingTime));
        }
        return days;
    }

    /**
     * Returns the staffing for each day of {@code forecast}, day {@code i} at handling time {@code
     * handlingPerDay.get(i)}, e.g. from {@link WorkloadMix#handlingPerDay}.
     */
    public List<DayStaffing> plan(Forecast forecast, List<Duration> handlingPerDay) {
        if (handlingPerDay.size() != forecast.days().size()) {
            throw new IllegalArgumentException(
                    "need one handling time per forecast day ("
                            + forecast.days().size()
                            + "), got "
                            + handlingPerDay.size());
        }
        List<DayStaffing> days = new ArrayList<>();
        for (int i = 0; i < handlingPerDay.size(); i++) {
            ForecastDay day = forecast.days().get(i);
            days.add(day(day.date(), day.expected(), handlingPerDay.get(i)));
        }
        return days;
    }

    /** Returns the staffing for {@code volume} requests on {@code date}. */
    public DayStaffing day(LocalDate date, double volume, Duration handlingTime) {
        if (handlingTime.isNegative() || handlingTime.isZero()) {
            throw new IllegalArgumentException(
                    "handling time must be positive, was " + handlingTime);
        }
        double aht = handlingTime.toMillis() / 1000.0 / SECONDS_PER_HOUR;
        double limit = settings.answerWithin().toMillis() / 1000.0 / SECONDS_PER_HOUR;
        List<Integer> hourly = new ArrayList<>();
        int agentHours = 0;
        for (double arrivals : profile.spread(date.getDayOfWeek(), volume)) {
            int agents = ErlangC.agentsFor(arrivals * aht, limit, aht, settings.serviceLevel());
            hourly.add(agents);
            agentHours += agents;
        }
        double available = settings.shiftHours() * (1 - settings.shrinkage());
        int peak = hourly.stream().mapToInt(Integer::intValue).max().orElse(0);
        return new DayStaffing(date, volume, hourly, peak, (int) Math.ceil(agentHours / available));
    }
}
