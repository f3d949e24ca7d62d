package io.smarttriage.web;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * JSON error responses of the triage resources, {@code {"error": "..."}}, with the message taken
 * from the i18n bundle in the caller's language.
 */
final class Errors {
    private Errors() {}

    /** Returns the response with the message of {@code key}, filled with {@code arguments}. */
    static Response of(
            Response.Status status, I18nResolver i18n, String key, Serializable... arguments) {
        return withText(status, i18n.getText(key, arguments));
    }

    /** Returns the response listing every problem's message, each a sentence of its own. */
    static Response of(Response.Status status, I18nResolver i18n, List<InvalidInput> problems) {
        return withText(
                status, String.join(" ", problems.stream().map(p -> p.message(i18n)).toList()));
    }

    private static Response withText(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message))
                .build();
    }
}
