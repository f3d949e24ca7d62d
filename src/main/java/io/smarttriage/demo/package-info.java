/** Generated demo data: plausible service-desk requests built from a seed, with no real data. */
package io.smarttriage.demo;
