/**
 * Jira adapter: listens to Jira issue events and detects Jira Service Management. Depends on the
 * host API; the triage core never depends on this package.
 */
package io.smarttriage.jira;
