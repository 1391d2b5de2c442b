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
import org.accommodationdesk.application.notices.NoticeService;
import org.accommodationdesk.application.notices.NoticeService.NoticePage;
import org.accommodationdesk.domain.request.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's notices (any signed-in role): what happened to requests they filed or review, as
 * data ({@code kind}, {@code requestId}, {@code date}); clients render the words.
 */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {
  @Inject private NoticeService service;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "One page of the caller's notices, newest first; how many in all and unread.",
      content = @Content(schema = @Schema(implementation = NoticePage.class)))
  public NoticePage listNotices(
      @QueryParam("page")
          @Parameter(
              description = "from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
          String page,
      @QueryParam("size")
          @Parameter(
              description = "1 to 200, default 20",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
          String size) {
    FieldErrors errors = new FieldErrors();
    int p = Params.integer(page, 0, "page", errors);
    int s = Params.integer(size, 20, "size", errors);
    errors.throwIfAny();
    return service.mine(p, s);
  }

  /** Marks all the caller's notices read. */
  @POST
  @Path("read")
  @APIResponse(responseCode = "204", description = "All read.")
  public Response markAllRead() {
    service.markAllRead();
    return Response.noContent().build();
  }
}
