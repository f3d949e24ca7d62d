package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;
import java.util.List;

/** Why an agent could not take a request. */
public enum Exclusion {
    NOT_IN_POOL("smarttriage.why.exclusion.not-in-pool"),
    INACTIVE("smarttriage.why.exclusion.inactive"),
    NO_LICENCE("smarttriage.why.exclusion.no-licence"),
    PAUSED("smarttriage.why.exclusion.paused"),
    AWAY("smarttriage.why.exclusion.away"),
    OFF_HOURS("smarttriage.why.exclusion.off-hours"),
    AT_CAPACITY("smarttriage.why.exclusion.at-capacity"),
    NO_MATCHING_EXPERTISE("smarttriage.why.exclusion.no-matching-expertise");

    private final String messageKey;

    Exclusion(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Returns the key of the exclusion's words in the i18n bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** Returns the phrase that names the exclusion. */
    public Explanation.Phrase phrase() {
        return Explanation.Phrase.of(messageKey);
    }

    /**
     * Returns the phrase that counts agents excluded for this reason, such as "2 out of office".
     */
    public Explanation.Phrase counted(int agents) {
        return Explanation.Phrase.of("smarttriage.why.routing.count", String.valueOf(agents))
                .with(List.of(phrase()));
    }

    static Exclusion of(Presence presence) {
        return switch (presence) {
            case PAUSED -> PAUSED;
            case AWAY -> AWAY;
            case OFF_HOURS -> OFF_HOURS;
            case AVAILABLE ->
                    throw new IllegalArgumentException("an available agent is not excluded");
        };
    }
}
