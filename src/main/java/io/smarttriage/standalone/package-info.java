/** Command-line runner that drives the triage core on exported data, outside Jira. */
package io.smarttriage.standalone;
