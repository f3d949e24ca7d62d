package io.smarttriage.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the provenance of a trained model as JSON: what it was trained on, how and when. */
final class Provenance {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Provenance() {}

    static String json(String scope, List<Ticket> history, String trainer, Instant trainedAt) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("scope", scope);
        p.put("trainedAt", trainedAt.toString());
        p.put("trainer", trainer);
        p.put("examples", history.size());
        p.put("createdFrom", bound(history, true));
        p.put("createdTo", bound(history, false));
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("provenance of " + scope + " not serializable", e);
        }
    }

    private static String bound(List<Ticket> history, boolean first) {
        return history.stream()
                .map(Ticket::created)
                .filter(Objects::nonNull)
                .reduce((a, b) -> first == a.isBefore(b) ? a : b)
                .map(Instant::toString)
                .orElse(null);
    }
}
