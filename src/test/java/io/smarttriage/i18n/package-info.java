/** Tests of the i18n message bundles. */
package io.smarttriage.i18n;
