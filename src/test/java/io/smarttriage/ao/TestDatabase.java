package io.smarttriage.ao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;
import net.java.ao.schema.Case;
import net.java.ao.schema.UnderscoreFieldNameConverter;

/**
 * A database for the Active Objects tests, with the naming the host uses: tables {@code
 * AO_<hash>_NAME}, upper-case underscore column names.
 */
abstract class TestDatabase implements AutoCloseable {
    /** Table prefix as the host derives it from the plugin key; any six hex digits will do. */
    static final String TABLE_PREFIX = "AO_5E1A7D_";

    /** Returns an entity manager on this database. */
    abstract EntityManager entityManager();

    static EntityManager build(EntityManagerBuilderWithDatabaseProperties builder) {
        return builder.tableNameConverter(new AtlassianTableNameConverter(TABLE_PREFIX::concat))
                .fieldNameConverter(new UnderscoreFieldNameConverter(Case.UPPER))
                .indexNameConverter(new AtlassianIndexNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    /** A private in-memory H2 database, gone when the JVM ends. */
    static final class H2 extends TestDatabase {
        private final String url =
                "jdbc:h2:mem:st"
                        + UUID.randomUUID().toString().replace("-", "")
                        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";

        @Override
        EntityManager entityManager() {
            return build(EntityManagerBuilder.url(url).username("sa").password("").none());
        }

        @Override
        public void close() {}
    }

    /** A fresh schema in the local PostgreSQL server, dropped on close. */
    static final class Postgres extends TestDatabase {
        static final String URL =
                System.getProperty("smarttriage.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        static final String USER = System.getProperty("smarttriage.pg.user", "postgres");

        private final String schema = "st_" + UUID.randomUUID().toString().substring(0, 8);

        Postgres() throws SQLException {
            execute("CREATE SCHEMA " + schema);
        }

        @Override
        EntityManager entityManager() {
            return build(
                    EntityManagerBuilder.url(URL + "?currentSchema=" + schema)
                            .username(USER)
                            .password("")
                            .schema(schema)
                            .none());
        }

        @Override
        public void close() throws SQLException {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }

        /** Returns whether a server answers at {@link #URL}. */
        static boolean reachable() {
            try (Connection c = DriverManager.getConnection(URL, USER, "")) {
                return c.isValid(5);
            } catch (SQLException e) {
                return false;
            }
        }

        private static void execute(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(URL, USER, "");
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
