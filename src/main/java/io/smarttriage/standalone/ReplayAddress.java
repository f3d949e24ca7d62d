package io.smarttriage.standalone;

/**
 * Where the replay's database is, as every process of the replay connects to it.
 *
 * @param url JDBC URL of the database (PostgreSQL, or H2 over TCP)
 * @param user user name; no password is used
 * @param schema the replay's own schema in PostgreSQL, or {@code null} for H2
 */
record ReplayAddress(String url, String user, String schema) {

    /** Returns whether the database is PostgreSQL. */
    boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Returns the URL a connection uses, with the schema selected. */
    String connectionUrl() {
        if (schema == null) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Returns the JDBC driver class for the URL. */
    String driver() {
        return postgres() ? "org.postgresql.Driver" : "org.h2.Driver";
    }
}
