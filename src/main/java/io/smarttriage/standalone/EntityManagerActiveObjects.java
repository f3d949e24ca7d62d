package io.smarttriage.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The host's {@link ActiveObjects} outside Jira (tests and the standalone replay): delegates to a
 * real Active Objects {@link EntityManager} and turns {@link SQLException} into unchecked
 * exceptions as the host does. {@link #executeInTransaction} runs the callback in one database
 * transaction on this thread, committed when it returns and rolled back when it throws.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager manager;

    /** Wraps an entity manager. */
    public EntityManagerActiveObjects(EntityManager manager) {
        this.manager = manager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> manager.migrate(entities));
    }

    @Override
    public void flushAll() {
        manager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> manager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> manager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> manager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> manager.delete(entities));
    }

    @Override
    public <K> int deleteWithSQL(
            Class<? extends RawEntity<K>> type, String criteria, Object... params) {
        return call(() -> manager.deleteWithSQL(type, criteria, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... params) {
        return call(() -> manager.find(type, criteria, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> manager.find(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... params) {
        return call(() -> manager.count(type, criteria, params));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Transaction<T> transaction =
                new Transaction<>(manager) {
                    @Override
                    protected T run() {
                        return callback.doInTransaction();
                    }
                };
        return call(transaction::execute);
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private interface SqlRun {
        void run() throws SQLException;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException("Active Objects call failed: " + e.getMessage(), e);
        }
    }

    private static void run(SqlRun run) {
        call(
                () -> {
                    run.run();
                    return null;
                });
    }
}
