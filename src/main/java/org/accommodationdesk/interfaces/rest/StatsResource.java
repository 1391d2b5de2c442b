package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.accommodationdesk.application.stats.StatTable;
import org.accommodationdesk.application.stats.StatisticsQueries.Dimension;
import org.accommodationdesk.application.stats.StatisticsService;
import org.accommodationdesk.application.stats.StatsFilter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Aggregate statistics for HR reviewers and union reps, as JSON or, with {@code Accept: text/csv},
 * as CSV. Every endpoint takes {@code period} (2026, 2026-Q3 or 2026-11) or {@code from} and {@code
 * to} (YYYY-MM-DD, submission dates), {@code category} and {@code location}. Union reps ask for
 * whole periods only and get protected figures (ADR 0007): a hidden figure is {@code {"value":
 * null, "suppressed": true}}. The {@code Server-Timing} header gives the server time of the
 * queries.
 */
@Path("stats")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, StatsCsvWriter.TEXT_CSV})
public class StatsResource {
  @Inject private StatisticsService statistics;

  @QueryParam("period")
  private String period;

  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  @QueryParam("category")
  private String category;

  @QueryParam("location")
  private String location;

  @GET
  @Path("summary")
  @APIResponse(
      responseCode = "200",
      description =
          "Counts and rates by category for the filter. Union reps get protected figures (ADR 0007).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatisticsService.Summary.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response summary() {
    StatsFilter f = filter();
    return timed(() -> statistics.summary(f));
  }

  @GET
  @Path("by-location")
  @APIResponse(
      responseCode = "200",
      description =
          "Counts and rates per work location. Union reps get protected figures (ADR 0007).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatTable.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response byLocation() {
    StatsFilter f = filter();
    return timed(() -> statistics.breakdown(Dimension.LOCATION, f));
  }

  @GET
  @Path("by-job-class")
  @APIResponse(
      responseCode = "200",
      description = "Counts and rates per job class. Union reps get protected figures (ADR 0007).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatTable.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response byJobClass() {
    StatsFilter f = filter();
    return timed(() -> statistics.breakdown(Dimension.JOB_CLASS, f));
  }

  @GET
  @Path("by-month")
  @APIResponse(
      responseCode = "200",
      description =
          "Counts and rates per month of filing. Union reps get protected figures (ADR 0007).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatTable.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response byMonth() {
    StatsFilter f = filter();
    return timed(() -> statistics.breakdown(Dimension.MONTH, f));
  }

  @GET
  @Path("by-reviewer")
  @APIResponse(
      responseCode = "200",
      description =
          "Counts and rates per reviewer (pseudonyms for union reps). Union reps get protected figures (ADR 0007).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatTable.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response byReviewer() {
    StatsFilter f = filter();
    return timed(() -> statistics.breakdown(Dimension.REVIEWER, f));
  }

  @GET
  @Path("backlog")
  @APIResponse(
      responseCode = "200",
      description =
          "Open requests by how long they have waited. Union reps get protected figures (ADR 0007).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatisticsService.Backlog.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response backlog() {
    StatsFilter f = filter();
    return timed(() -> statistics.backlog(f));
  }

  @GET
  @Path("appeals")
  @APIResponse(
      responseCode = "200",
      description = "Appeals and their outcomes. Union reps get protected figures (ADR 0007).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatisticsService.Appeals.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response appeals() {
    StatsFilter f = filter();
    return timed(() -> statistics.appeals(f));
  }

  @GET
  @Path("timeliness")
  @APIResponse(
      responseCode = "200",
      description =
          "Deadlines kept: first decisions on time by category and location, requests overdue"
              + " today, median business days to a first decision. Union reps get protected"
              + " figures (ADR 0007).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatisticsService.Timeliness.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response timeliness() {
    StatsFilter f = filter();
    return timed(() -> statistics.timeliness(f));
  }

  /** The answer, with the server time of its work in {@code Server-Timing}. */
  static Response timed(Supplier<Object> query) {
    long start = System.nanoTime();
    Object result = query.get();
    double ms = (System.nanoTime() - start) / 1_000_000.0;
    return Response.ok(result)
        .header("Server-Timing", String.format(java.util.Locale.ROOT, "db;dur=%.2f", ms))
        .build();
  }

  StatsFilter filter() {
    return StatsFilter.parse(period, from, to, category, location);
  }
}
