/** Tests of the governance core with in-memory stores. */
package io.smarttriage.governance;
