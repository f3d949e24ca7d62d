package io.smarttriage.routing;

/**
 * One agent's part of the work the app assigned, against their part of the desk's capacity.
 *
 * @param agent user key
 * @param assigned requests the app assigned to the agent
 * @param share the agent's share of all requests the app assigned
 * @param capacityShare the agent's share of the capacity of all eligible agents
 */
public record AgentShare(String agent, int assigned, double share, double capacityShare) {

    /** Returns share / capacityShare: 1 is fair, above 1 more than their part (NaN if none). */
    public double ratio() {
        return capacityShare == 0 ? Double.NaN : share / capacityShare;
    }
}
