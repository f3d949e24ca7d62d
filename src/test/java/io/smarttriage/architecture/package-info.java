/** ArchUnit rules for the package structure. */
package io.smarttriage.architecture;
