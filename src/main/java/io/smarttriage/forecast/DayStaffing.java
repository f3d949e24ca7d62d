package io.smarttriage.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * Agents needed on one day.
 *
 * @param date the day
 * @param volume expected requests
 * @param hourlyAgents agents on duty needed in each hour (0-23), before shrinkage
 * @param peakAgents most agents on duty at once, before shrinkage
 * @param agentsNeeded agents to roster for the day: on-duty agent-hours divided by the available
 *     hours of one agent (shift x (1 - shrinkage)), rounded up
 */
public record DayStaffing(
        LocalDate date,
        double volume,
        List<Integer> hourlyAgents,
        int peakAgents,
        int agentsNeeded) {

    /** Copies the hourly list. */
    public DayStaffing {
        hourlyAgents = List.copyOf(hourlyAgents);
    }
}
