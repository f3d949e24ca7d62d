/** Tests on the packaged app jar (failsafe, after {@code package}) and their helpers. */
package io.smarttriage.packaging;
