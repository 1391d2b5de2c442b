package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.accounts.TokenService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's personal access tokens: send one as {@code Authorization: Bearer <token>}. Any
 * signed-in role. A token cannot create tokens (else a leaked one could outlive its expiry): create
 * them with your password (Basic) or on the API tokens page.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {
  @Inject private TokenService service;
  @Context private HttpServletRequest request;

  /** Creates a token. The secret is in this answer only; it is kept as a digest. */
  @POST
  @APIResponse(
      responseCode = "201",
      description = "Created; {\"id\", \"name\", \"token\", \"expiresAt\"}. Keep the token now.",
      content = @Content(schema = @Schema(implementation = TokenService.IssuedToken.class)))
  public Response createToken(@Valid @NotNull(message = "a JSON body is required") TokenJson body) {
    if (Boolean.TRUE.equals(request.getAttribute(CurrentUser.TOKEN_ATTRIBUTE))) {
      return Problem.response(
          Response.Status.FORBIDDEN,
          "A token cannot create tokens: use your password (Basic) or the API tokens page.");
    }
    return Response.status(Response.Status.CREATED)
        .entity(service.create(body.name, body.days))
        .build();
  }

  /** The caller's tokens, newest first, without their secrets. */
  @GET
  @APIResponse(
      responseCode = "200",
      description = "The caller's tokens (valid, expired and revoked).",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = TokenService.TokenView.class)))
  public List<TokenService.TokenView> listTokens() {
    return service.mine();
  }

  /** Revokes one of the caller's tokens at once. */
  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "Revoked (or it already was).")
  public Response revokeToken(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id) {
    service.revoke(id);
    return Response.noContent().build();
  }
}
