package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.application.stats.DisclosureLogService;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The disclosure log (issue 26): what union representatives were shown, never a figure's value.
 * Administrators read everyone's entries; a union representative their own. Others are refused.
 */
@Path("disclosures")
@RequestScoped
public class DisclosuresResource {
  @Inject private DisclosureLogService log;

  /** Every entry the caller may see, as CSV. */
  public record Export(List<DisclosureLogService.Entry> entries) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "A page of entries, newest first ({\"items\": [...], \"total\": n}).",
      content = @Content(schema = @Schema(implementation = PageResult.class)))
  public PageResult<DisclosureLogService.Entry> disclosureLog(
      @QueryParam("page") @Parameter(description = "1 or more (50 entries each)") Integer page) {
    return log.page(page == null ? 1 : page);
  }

  @GET
  @Produces(StatsCsvWriter.TEXT_CSV)
  @APIResponse(
      responseCode = "200",
      description = "Every entry the caller may see, newest first, as CSV.",
      content = @Content(mediaType = StatsCsvWriter.TEXT_CSV))
  public Export exportDisclosureLog() {
    return new Export(log.export());
  }
}
