/**
 * Governance of automatic triage: per-project configuration, the decision policy that keeps people
 * in control, the audit log, feedback from agents and measured accuracy. Plain Java; storage is
 * reached through the ports in this package.
 */
package io.smarttriage.governance;
