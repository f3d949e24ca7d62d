/**
 * Active Objects adapter: entities and the repositories that implement the governance ports on the
 * host's shared database, so that every cluster node sees the same configuration, decisions,
 * pending work and models. Column names follow Active Objects' upper-case underscore convention.
 */
package io.smarttriage.ao;
