/**
 * Jira adapter of the workload forecast: the daily scheduled job that reads each project's request
 * history through Jira search, computes forecasts with the core, and stores them as JSON in SAL
 * plugin settings for the dashboard gadget.
 */
package io.smarttriage.jira.forecast;
