package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.accommodationdesk.application.report.AnnualReport;
import org.accommodationdesk.application.report.AnnualReportService;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The annual report (issue 23 #6) for HR reviewers, administrators and union reps: a calendar year
 * ({@code year=2026}) or, for HR and administrators, whole months ({@code
 * from=2026-01&to=2026-06}). Codes, not words; union reps get the report through the union's
 * protection (ADR 0007), a hidden figure being {@code {"value": null, "suppressed": true}}.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {
  @Inject private AnnualReportService reports;

  @GET
  @Path("annual")
  @APIResponse(
      responseCode = "200",
      description = "The report of the period, over the requests received in it.",
      content = @Content(schema = @Schema(implementation = AnnualReport.class)))
  public AnnualReport annual(
      @QueryParam("year") @Parameter(description = "a year, e.g. 2026") String year,
      @QueryParam("from") @Parameter(description = "the first month, YYYY-MM (HR)") String from,
      @QueryParam("to") @Parameter(description = "the last month, YYYY-MM (HR)") String to) {
    Integer y = null;
    if (year != null) {
      try {
        y = Integer.valueOf(year.strip());
      } catch (NumberFormatException e) {
        throw InvalidInputException.of("year", "give a year from 1900 to 2999");
      }
    }
    return reports.report(y, from, to);
  }
}
