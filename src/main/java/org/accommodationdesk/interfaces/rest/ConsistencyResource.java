package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Measure;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Unit;
import org.accommodationdesk.application.consistency.ConsistencyService;
import org.accommodationdesk.application.consistency.FunnelReport;
import org.accommodationdesk.application.consistency.SimilarCasesService;
import org.accommodationdesk.application.consistency.SimilarCasesService.PairView;
import org.accommodationdesk.application.stats.StatsFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Are decisions consistent? (issue 26). The funnel (HR leads and administrators exact; union reps
 * through the union's protection, whole periods only) and similar cases with different outcomes (HR
 * leads). Every endpoint takes {@code period} or {@code from}/{@code to}, {@code category} and
 * {@code location} as the statistics do.
 */
@Path("consistency")
@RequestScoped
public class ConsistencyResource {
  @Inject private ConsistencyService consistency;
  @Inject private SimilarCasesService similar;

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

  /** A pair to mark reviewed, with what the review found. */
  public static class ReviewJson {
    public Long first;
    public Long second;

    /** What the review found (kept in both requests' histories, HR only). */
    public String note;
  }

  @GET
  @Path("funnel")
  @Produces({MediaType.APPLICATION_JSON, StatsCsvWriter.TEXT_CSV})
  @APIResponse(
      responseCode = "200",
      description =
          "The case-mix adjusted funnel: each unit's decisions, events, rates, limits and position"
              + " (HR leads, administrators); pseudonyms, protected counts and a coarse position for"
              + " units with at least the minimum of decisions (union reps).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FunnelReport.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response consistencyFunnel(
      @QueryParam("unit") @Parameter(description = "REVIEWER (default) or LOCATION") String unit,
      @QueryParam("measure") @Parameter(description = "DENIAL (default) or OVERTURN")
          String measure) {
    consistency.mayAsk();
    Unit u = ConsistencyService.parse(Unit.class, "unit", unit, Unit.REVIEWER);
    Measure m = ConsistencyService.parse(Measure.class, "measure", measure, Measure.DENIAL);
    StatsFilter f = filter();
    return StatsResource.timed(() -> consistency.funnel(u, m, f));
  }

  @GET
  @Path("similar")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description =
          "Alike requests with different outcomes from different reviewers, most alike first (HR"
              + " leads; only pairs of requests the caller may see).",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PairView.class)))
  public Response similarCases(
      @QueryParam("limit") @Parameter(description = "1 to 200, default 50") Integer limit) {
    similar.mayAsk();
    StatsFilter f = filter();
    return StatsResource.timed(() -> similar.pairs(f, limit == null ? 50 : limit));
  }

  @POST
  @Path("similar/review")
  @APIResponse(
      responseCode = "204",
      description = "Marked reviewed; the note is in both requests' histories (HR only).")
  public Response reviewSimilarPair(ReviewJson body) {
    // no body is a pair of missing numbers, named by the service after its role check
    ReviewJson b = body == null ? new ReviewJson() : body;
    similar.markReviewed(b.first, b.second, b.note);
    return Response.noContent().build();
  }

  private StatsFilter filter() {
    return StatsFilter.parse(period, from, to, category, location);
  }
}
