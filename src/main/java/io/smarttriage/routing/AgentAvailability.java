package io.smarttriage.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When one agent can take work: weekly hours, absences and a pause switch.
 *
 * @param schedule the weekly working hours
 * @param absences out-of-office periods
 * @param paused whether assignment to the agent is paused
 */
public record AgentAvailability(WeeklySchedule schedule, List<Absence> absences, boolean paused) {
    private static final AgentAvailability ALWAYS =
            new AgentAvailability(WeeklySchedule.always(), List.of(), false);

    /** Copies the absences. */
    public AgentAvailability {
        if (schedule == null) {
            throw new IllegalArgumentException("agent availability: schedule must be given");
        }
        absences = absences == null ? List.of() : List.copyOf(absences);
    }

    /** Returns availability around the clock, never away, not paused. */
    public static AgentAvailability always() {
        return ALWAYS;
    }

    /** Returns whether the agent can take work at the instant, and if not, why. */
    public Presence presenceAt(Instant instant) {
        if (paused) {
            return Presence.PAUSED;
        }
        for (Absence absence : absences) {
            if (absence.covers(instant)) {
                return Presence.AWAY;
            }
        }
        return schedule.isWorking(instant) ? Presence.AVAILABLE : Presence.OFF_HOURS;
    }

    /** Returns the absence the instant falls in, if any. */
    public Optional<Absence> absenceAt(Instant instant) {
        for (Absence absence : absences) {
            if (absence.covers(instant)) {
                return Optional.of(absence);
            }
        }
        return Optional.empty();
    }
}
