/**
 * Assignment of requests to agents by expertise, workload and availability.
 *
 * <p>Entry points: {@link io.smarttriage.routing.AssignmentDesk} routes requests of one service
 * desk and keeps its workload, waiting queue and decision log; {@link
 * io.smarttriage.routing.Assigner} makes one decision without side effects; {@link
 * io.smarttriage.routing.ExpertiseModel} learns who resolved what. For the backtest runner, {@link
 * io.smarttriage.routing.AssignmentEvaluation} gives top-1 and top-5 on a time split and {@link
 * io.smarttriage.routing.AssignmentReplay} replays a test period with live workload; {@link
 * io.smarttriage.routing.AvailabilityFile} reads working hours and absences.
 */
package io.smarttriage.routing;
