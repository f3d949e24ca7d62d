package io.smarttriage.standalone;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.tools.Server;

/**
 * The replay's Active Objects database, shared by the coordinator and the node processes: an
 * embedded H2 database in memory, served over TCP on a loopback port for as long as the replay
 * runs, or a fresh schema in a PostgreSQL database, dropped on close.
 */
final class ReplayDatabase implements AutoCloseable {
    /** The {@code --db} value that selects the embedded database. */
    static final String EMBEDDED = "embedded";

    /** How a {@code --db} value that names a PostgreSQL database begins. */
    static final String POSTGRESQL = "jdbc:postgresql:";

    private final ReplayAddress address;
    private final Server server;

    private ReplayDatabase(ReplayAddress address, Server server) {
        this.address = address;
        this.server = server;
    }

    /**
     * Opens the database named by {@code db}: {@value #EMBEDDED} or a {@code jdbc:postgresql:} URL.
     *
     * @throws InputException when the URL is of another kind or the server cannot be reached
     */
    static ReplayDatabase open(String db, String user) {
        if (EMBEDDED.equals(db)) {
            return embedded();
        }
        if (db == null || !db.startsWith(POSTGRESQL)) {
            throw new InputException(
                    "--db '" + db + "' must be 'embedded' or a jdbc:postgresql: URL", null);
        }
        String schema = "replay_" + UUID.randomUUID().toString().substring(0, 8);
        execute(db, user, "CREATE SCHEMA " + schema);
        return new ReplayDatabase(new ReplayAddress(db, user, schema), null);
    }

    /** Returns whether a PostgreSQL server answers at {@code url} as {@code user}. */
    static boolean reachable(String url, String user) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Where the processes of the replay connect. */
    ReplayAddress address() {
        return address;
    }

    /** Describes the database for the printed figures, without credentials. */
    String describe() {
        return server == null
                ? address.url() + ", schema " + address.schema()
                : "embedded H2 in memory, served on 127.0.0.1:" + server.getPort();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        } else {
            execute(address.url(), address.user(), "DROP SCHEMA " + address.schema() + " CASCADE");
        }
    }

    private static ReplayDatabase embedded() {
        String name = "replay" + UUID.randomUUID().toString().replace("-", "");
        // Read by H2 when its settings class loads: listen on the loopback interface only.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        try {
            Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon").start();
            String url =
                    "jdbc:h2:tcp://127.0.0.1:"
                            + server.getPort()
                            + "/mem:"
                            + name
                            + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
            return new ReplayDatabase(new ReplayAddress(url, "sa", null), server);
        } catch (SQLException e) {
            throw new InputException(
                    "the embedded database could not be served on a loopback port: "
                            + e.getMessage(),
                    e);
        }
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
