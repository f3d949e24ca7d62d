package io.smarttriage.jira;

import io.smarttriage.domain.Explanation;

/**
 * The request type of an issue as read from JSM: its id as a string (or {@code null} when the issue
 * has none), or why no request type can be read at all.
 *
 * @param value the request type id, e.g. {@code "12"}, or {@code null}
 * @param unavailable why the issue cannot have a request type, or {@code null} when it can
 */
record RequestTypeReading(String value, Explanation unavailable) {

    static RequestTypeReading of(String value) {
        return new RequestTypeReading(value, null);
    }

    static RequestTypeReading unavailable(Explanation why) {
        return new RequestTypeReading(null, why);
    }

    boolean available() {
        return unavailable == null;
    }
}
