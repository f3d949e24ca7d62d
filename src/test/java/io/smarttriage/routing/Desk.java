package io.smarttriage.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A desk built from random agent specs, with an independent check of who can take work. */
record Desk(
        AgentPool pool,
        Workload workload,
        AvailabilityBook availability,
        Assigner assigner,
        RequestFeatures request) {

    static Desk of(List<AgentSpec> specs, Instant now, Strategy strategy) {
        List<Agent> agents = new ArrayList<>();
        Workload workload = new Workload(WorkloadWeights.defaults());
        AvailabilityBook availability = AvailabilityBook.alwaysAvailable();
        ExpertiseModel model = new ExpertiseModel(ExpertiseSettings.defaults());
        for (int i = 0; i < specs.size(); i++) {
            String key = "agent" + i;
            agents.add(specs.get(i).agent(key));
            availability.put(key, specs.get(i).availability(now));
            specs.get(i).openWork(key, workload, now);
            for (int j = 0; j < i + 1; j++) {
                model.learn(
                        key,
                        Fixtures.request(key + "-H" + j, "C" + (i % 3), "word" + i),
                        now.minusSeconds(86_400L * (j + 1)));
            }
        }
        AgentPool pool = AgentPool.of(agents);
        Assigner assigner =
                new Assigner(
                        pool,
                        model,
                        workload,
                        availability,
                        DeskSettings.defaults().with(strategy));
        return new Desk(
                pool, workload, availability, assigner, Fixtures.request("NEW-1", "C1", "word1"));
    }

    /** Checks, without the screening code, that an agent may take the request now. */
    boolean canTake(String key, Instant now) {
        Agent agent = pool.get(key).orElseThrow();
        double after = workload.load(key, now) + workload.weightOfNew(request.priority(), now);
        return agent.active()
                && agent.licensed()
                && availability.presenceAt(key, now) == Presence.AVAILABLE
                && after <= agent.capacity();
    }
}
