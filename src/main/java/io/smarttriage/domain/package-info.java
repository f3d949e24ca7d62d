/** Value types of the triage core: requests, decisions and their explanations. */
package io.smarttriage.domain;
