package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.accommodationdesk.application.StatisticsService;

/** Aggregate statistics for HR reviewers and union reps. */
@Path("stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
  @Inject private StatisticsService statistics;

  /** Counts by category and status; per category the denial rate of the latest decisions. */
  @GET
  @Path("summary")
  public StatisticsService.Summary summary() {
    return statistics.summary();
  }
}
