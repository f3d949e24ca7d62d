package io.smarttriage.governance;

import java.util.List;

/** Port: the current account and licence status of a project's agents. */
public interface AgentDirectory {

    /** Returns one status per user key, in the given order; unknown users are inactive. */
    List<AgentStatus> statusOf(List<String> userKeys);
}
