package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;

/**
 * What happened to one open request of an agent who went away.
 *
 * @param requestKey the issue key
 * @param from the absent agent
 * @param to the covering agent it went to, or {@code null} when it stayed
 * @param reason why it moved or stayed
 */
public record Handover(String requestKey, String from, String to, Explanation reason) {}
