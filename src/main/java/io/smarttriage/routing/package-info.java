/** Assignment of requests to agents by expertise, workload and availability. */
package io.smarttriage.routing;
