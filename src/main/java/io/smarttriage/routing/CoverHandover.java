package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Moves an absent agent's open requests to the covering agent when the cover can take them. */
final class CoverHandover {
    private final AgentPool pool;
    private final Workload workload;
    private final AvailabilityBook availability;
    private final DeskSettings settings;

    CoverHandover(
            AgentPool pool,
            Workload workload,
            AvailabilityBook availability,
            DeskSettings settings) {
        this.pool = pool;
        this.workload = workload;
        this.availability = availability;
        this.settings = settings;
    }

    List<Handover> handOver(String agent, Instant now) {
        List<Handover> result = new ArrayList<>();
        if (!settings.handOverToCover()) {
            return result;
        }
        Optional<String> cover = availability.coverAt(agent, now);
        for (OpenRequest request : workload.openOf(agent)) {
            Phrase refusal =
                    cover.isEmpty()
                            ? Phrase.of("smarttriage.why.handover.no-cover")
                            : refusal(cover.get(), request, now);
            if (refusal == null) {
                workload.open(request.handedTo(cover.get()));
                result.add(
                        new Handover(
                                request.key(),
                                agent,
                                cover.get(),
                                Explanation.of("smarttriage.why.handover.done")));
            } else {
                result.add(new Handover(request.key(), agent, null, Explanation.of(refusal)));
            }
        }
        return result;
    }

    private Phrase refusal(String cover, OpenRequest request, Instant now) {
        Optional<Agent> agent = pool.get(cover);
        if (agent.isEmpty() || !agent.get().eligible()) {
            return Phrase.of("smarttriage.why.handover.cover-ineligible", cover);
        }
        Presence presence = availability.presenceAt(cover, now);
        if (presence != Presence.AVAILABLE) {
            return Phrase.of("smarttriage.why.handover.cover-absent", cover)
                    .with(List.of(Exclusion.of(presence).phrase()));
        }
        double weight = workload.weightOfNew(request.priority(), now);
        if (workload.load(cover, now) + weight > agent.get().capacity()) {
            return Phrase.of("smarttriage.why.handover.cover-full", cover);
        }
        return null;
    }
}
