package io.smarttriage.routing;

import java.util.HashSet;
import java.util.Set;

/** One agent's totals in the expertise model: decayed work, resolved count and projects. */
final class AgentHistory {
    final int id;
    final String key;
    final Set<String> projects = new HashSet<>();
    double total;
    int events;

    AgentHistory(int id, String key) {
        this.id = id;
        this.key = key;
    }
}
