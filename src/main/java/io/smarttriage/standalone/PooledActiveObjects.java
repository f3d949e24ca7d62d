package io.smarttriage.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.Case;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.UnderscoreFieldNameConverter;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * One process's Active Objects on the replay database, over a HikariCP connection pool (as Jira
 * keeps one), with the app's tables named as Jira names them.
 */
final class PooledActiveObjects implements AutoCloseable {
    /** Table prefix as the host derives it from the plugin key; any six hex digits will do. */
    static final String TABLE_PREFIX = "AO_5E1A7D_";

    private final HikariDataSource pool;
    private final ActiveObjects ao;

    private PooledActiveObjects(HikariDataSource pool, ActiveObjects ao) {
        this.pool = pool;
        this.ao = ao;
    }

    /**
     * Opens a pool of at most {@code size} connections to {@code address}.
     *
     * @param name names the pool in the pool's own log lines
     */
    static PooledActiveObjects open(ReplayAddress address, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDriverClassName(address.driver());
        config.setJdbcUrl(address.connectionUrl());
        config.setUsername(address.user());
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(config);
        DisposableDataSource source =
                DelegatingDisposableDataSourceHandler.newInstance(pool, pool::close);
        DatabaseProvider provider =
                address.postgres()
                        ? new PostgreSQLDatabaseProvider(source, address.schema())
                        : new H2DatabaseProvider(source);
        EntityManager manager = new EntityManager(provider, new Configuration());
        return new PooledActiveObjects(pool, new EntityManagerActiveObjects(manager));
    }

    /** The Active Objects of this process. */
    ActiveObjects ao() {
        return ao;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Jira's naming of tables and columns, with Active Objects' default schema handling. */
    private static final class Configuration implements EntityManagerConfiguration {
        private final NameConverters names =
                new SimpleNameConverters(
                        new AtlassianTableNameConverter(TABLE_PREFIX::concat),
                        new UnderscoreFieldNameConverter(Case.UPPER),
                        new AtlassianSequenceNameConverter(),
                        new AtlassianTriggerNameConverter(),
                        new AtlassianIndexNameConverter(),
                        new AtlassianUniqueNameConverter());

        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }
}
