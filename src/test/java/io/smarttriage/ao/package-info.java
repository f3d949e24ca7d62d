/**
 * Tests of the Active Objects adapter: one suite ({@link io.smarttriage.ao.AoRepositoriesContract})
 * run against an embedded H2 database and against PostgreSQL.
 */
package io.smarttriage.ao;
