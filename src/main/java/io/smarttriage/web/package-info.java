/** Web adapter: the admin page servlet and the REST resources of the app. */
package io.smarttriage.web;
