package io.smarttriage.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.ao.Entities;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
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
 * The replay's Active Objects database: an embedded H2 database in memory, or a fresh schema in a
 * PostgreSQL database (dropped on close), with the app's tables named as Jira names them. Every
 * simulated node opens its own entity manager (its own connections) on the same database.
 */
final class ReplayDatabase implements AutoCloseable {
    /** The {@code --db} value that selects the embedded database. */
    static final String EMBEDDED = "embedded";

    private static final String TABLE_PREFIX = "AO_5E1A7D_";

    private final String url;
    private final String user;
    private final String schema;

    private ReplayDatabase(String url, String user, String schema) {
        this.url = url;
        this.user = user;
        this.schema = schema;
    }

    /**
     * Opens the database named by {@code db}: {@value #EMBEDDED} or a {@code jdbc:postgresql:} URL.
     *
     * @throws InputException when the URL is of another kind or the server cannot be reached
     */
    static ReplayDatabase open(String db, String user) {
        if (EMBEDDED.equals(db)) {
            String id = UUID.randomUUID().toString().replace("-", "");
            return new ReplayDatabase("jdbc:h2:mem:replay" + id + ";DB_CLOSE_DELAY=-1", "sa", null);
        }
        if (db == null || !db.startsWith("jdbc:postgresql:")) {
            throw new InputException(
                    "--db '" + db + "' must be 'embedded' or a jdbc:postgresql: URL", null);
        }
        String schema = "replay_" + UUID.randomUUID().toString().substring(0, 8);
        execute(db, user, "CREATE SCHEMA " + schema);
        return new ReplayDatabase(db, user, schema);
    }

    /** Returns whether a PostgreSQL server answers at {@code url} as {@code user}. */
    static boolean reachable(String url, String user) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates the app's tables; call once before the nodes start. */
    void migrate() {
        ActiveObjects ao = connect();
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] all = Entities.ALL.toArray(new Class[0]);
        ao.migrate(all);
    }

    /** Opens a new connection to the database, as one node would have. */
    ActiveObjects connect() {
        EntityManagerBuilderWithDatabaseProperties builder =
                schema == null
                        ? EntityManagerBuilder.url(url).username(user).password("").none()
                        : EntityManagerBuilder.url(url + separator() + "currentSchema=" + schema)
                                .username(user)
                                .password("")
                                .schema(schema)
                                .none();
        return new EntityManagerActiveObjects(named(builder));
    }

    /** Describes the database for the printed figures, without credentials. */
    String describe() {
        return schema == null ? "embedded H2 (in memory)" : url + ", schema " + schema;
    }

    @Override
    public void close() {
        if (schema != null) {
            execute(url, user, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private String separator() {
        return url.contains("?") ? "&" : "?";
    }

    private static EntityManager named(EntityManagerBuilderWithDatabaseProperties builder) {
        return builder.tableNameConverter(new AtlassianTableNameConverter(TABLE_PREFIX::concat))
                .fieldNameConverter(new UnderscoreFieldNameConverter(Case.UPPER))
                .indexNameConverter(new AtlassianIndexNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    private static void execute(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new InputException(
                    "database " + url + " as user '" + user + "' failed: " + e.getMessage(), e);
        }
    }
}
