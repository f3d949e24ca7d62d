package io.smarttriage.routing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Availability of every agent; an agent without an entry works around the clock. */
public final class AvailabilityBook {
    private final Map<String, AgentAvailability> byAgent = new ConcurrentHashMap<>();

    /** Returns a book in which every agent is always available. */
    public static AvailabilityBook alwaysAvailable() {
        return new AvailabilityBook();
    }

    /** Returns a book holding the given entries. */
    public static AvailabilityBook of(Map<String, AgentAvailability> entries) {
        AvailabilityBook book = new AvailabilityBook();
        book.byAgent.putAll(entries);
        return book;
    }

    /** Sets the availability of one agent. */
    public void put(String userKey, AgentAvailability availability) {
        byAgent.put(userKey, availability);
    }

    /** Turns the pause switch of one agent on or off. */
    public void setPaused(String userKey, boolean paused) {
        AgentAvailability current = of(userKey);
        put(userKey, new AgentAvailability(current.schedule(), current.absences(), paused));
    }

    /** Returns the availability of one agent. */
    public AgentAvailability of(String userKey) {
        return byAgent.getOrDefault(userKey, AgentAvailability.always());
    }

    /** Returns whether the agent can take work at the instant, and if not, why. */
    public Presence presenceAt(String userKey, Instant instant) {
        AgentAvailability availability = byAgent.get(userKey);
        return availability == null ? Presence.AVAILABLE : availability.presenceAt(instant);
    }

    /** Returns the colleague covering for an agent who is away at the instant, if named. */
    public Optional<String> coverAt(String userKey, Instant instant) {
        return of(userKey).absenceAt(instant).map(Absence::coveringAgent);
    }
}
