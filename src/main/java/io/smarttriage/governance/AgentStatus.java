package io.smarttriage.governance;

/**
 * What the issue tracker says about one user of a project's agent pool.
 *
 * @param userKey the user key
 * @param active whether the account exists and is active
 * @param licensed whether the user holds a Service Management agent licence (true where the host
 *     cannot tell)
 */
public record AgentStatus(String userKey, boolean active, boolean licensed) {}
