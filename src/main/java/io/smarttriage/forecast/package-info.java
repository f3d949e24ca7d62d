/** Incoming-volume forecasting and Erlang C staffing. */
package io.smarttriage.forecast;
