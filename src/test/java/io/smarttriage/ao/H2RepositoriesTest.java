package io.smarttriage.ao;

/** The repository suite on an embedded H2 database. */
class H2RepositoriesTest extends AoRepositoriesContract {

    @Override
    TestDatabase open() {
        return new TestDatabase.H2();
    }
}
