package io.smarttriage.ao;

import org.junit.jupiter.api.Assumptions;

/**
 * The repository suite on PostgreSQL (a fresh schema in {@code smarttriage.pg.url}, default
 * 127.0.0.1:5432/test). Skipped with a message when no server answers, except in CI ({@code
 * CI=true}), where a missing server fails the build.
 */
class PostgresRepositoriesTest extends AoRepositoriesContract {

    @Override
    TestDatabase open() throws Exception {
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    TestDatabase.Postgres.reachable(),
                    () ->
                            "no PostgreSQL server answers at "
                                    + TestDatabase.Postgres.URL
                                    + "; PostgreSQL suite skipped (it fails instead when CI=true)");
        }
        return new TestDatabase.Postgres();
    }
}
