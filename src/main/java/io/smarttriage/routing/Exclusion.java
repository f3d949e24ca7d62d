package io.smarttriage.routing;

/** Why an agent could not take a request. */
public enum Exclusion {
    NOT_IN_POOL("not an agent of the desk"),
    INACTIVE("inactive user"),
    NO_LICENCE("no agent licence"),
    PAUSED("assignment paused"),
    AWAY("out of office"),
    OFF_HOURS("outside working hours"),
    AT_CAPACITY("at capacity"),
    NO_MATCHING_EXPERTISE("no matching expertise");

    private final String label;

    Exclusion(String label) {
        this.label = label;
    }

    /** Returns the words used in decision reasons. */
    public String label() {
        return label;
    }

    static Exclusion of(Presence presence) {
        return switch (presence) {
            case PAUSED -> PAUSED;
            case AWAY -> AWAY;
            case OFF_HOURS -> OFF_HOURS;
            case AVAILABLE ->
                    throw new IllegalArgumentException("an available agent is not" + " excluded");
        };
    }
}
