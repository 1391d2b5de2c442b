package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.AccountAdministration.AccountView;
import org.accommodationdesk.application.accounts.RosterImport;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.domain.request.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Administration, for the ADMIN role only: accounts (create, read, change, deactivate) and the
 * audit log of every such change, as JSON or CSV.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {
  @Inject private AccountAdministration administration;
  @Inject private RosterImport rosterImport;
  @Context private UriInfo uriInfo;

  /** Creates an account. 201 with its Location. */
  @POST
  @Path("accounts")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it, ETag is its version.",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  public Response createAccount(
      @Valid @NotNull(message = "a JSON body is required") AccountJson body) {
    AccountView created =
        administration.create(
            new AccountAdministration.NewAccount(
                body.username,
                body.displayName,
                body.email,
                body.language,
                body.roles == null ? null : new LinkedHashSet<>(body.roles),
                body.workLocationCode,
                body.jobClassCode,
                body.password));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.username()).build())
        .tag(etag(created))
        .entity(created)
        .build();
  }

  /**
   * A staff roster as CSV (header {@code username,displayName,email,language,roles,
   * workLocationCode,jobClassCode,active}): what importing it would do, row by row; with {@code
   * commit=true}, the import itself, all rows or none (400 naming each problem as "row N field").
   */
  @POST
  @Path("accounts/import")
  @Consumes({StatsCsvWriter.TEXT_CSV, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
  @APIResponse(
      responseCode = "200",
      description = "The preview (or, with commit=true, what was imported), row by row.",
      content = @Content(schema = @Schema(implementation = RosterImport.Preview.class)))
  public RosterImport.Preview importAccounts(
      String csv,
      @QueryParam("commit") @Parameter(description = "true to import; else a preview")
          String commit) {
    return "true".equals(commit) ? rosterImport.importRoster(csv) : rosterImport.preview(csv);
  }

  /** Every account, or those a search finds, by user name, a page at a time. */
  @GET
  @Path("accounts")
  @APIResponse(
      responseCode = "200",
      description = "One page of accounts and how many there are in all.",
      content = @Content(schema = @Schema(implementation = PageResult.class)))
  public PageResult<AccountView> listAccounts(
      @QueryParam("page") @Parameter(description = "from 0") String page,
      @QueryParam("size") @Parameter(description = "1 to 200, default 50") String size,
      @QueryParam("q")
          @Parameter(description = "part of a user name or a name (any case); none: every account")
          String q) {
    int[] p = paging(page, size);
    return administration.list(q, p[0], p[1]);
  }

  @GET
  @Path("accounts/{username}")
  @APIResponse(
      responseCode = "200",
      description = "The account; ETag is its version.",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  public Response getAccount(@PathParam("username") String username) {
    AccountView view = administration.get(username);
    return Response.ok(view).tag(etag(view)).build();
  }

  /**
   * Changes an account: only the fields sent ({"active": false} deactivates it). With If-Match, a
   * change made meanwhile answers 412.
   */
  @PATCH
  @Path("accounts/{username}")
  @APIResponse(
      responseCode = "200",
      description = "Changed; the account as it is now, ETag its new version.",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  public Response changeAccount(
      @PathParam("username") String username,
      @HeaderParam("If-Match") @Parameter(description = "the ETag (version) the client acted on")
          String ifMatch,
      @Valid @NotNull(message = "a JSON body is required") AccountJson body) {
    FieldErrors errors = new FieldErrors();
    Long expected = Params.version(ifMatch, errors);
    if (body.username != null && !body.username.equals(username)) {
      errors.add("username", "cannot be changed");
    }
    errors.throwIfAny();
    AccountView view =
        administration.change(
            username,
            new AccountAdministration.AccountChanges(
                body.displayName,
                body.email,
                body.language,
                body.roles == null ? null : new LinkedHashSet<>(body.roles),
                body.workLocationCode,
                body.jobClassCode,
                body.active,
                body.password),
            expected);
    return Response.ok(view).tag(etag(view)).build();
  }

  /**
   * The audit log, newest first: a page at a time as JSON (also for {@code Accept: *}{@code /*}),
   * or the whole log as CSV when CSV is what the client asks for first. One operation, so that
   * which one answers never depends on how the framework breaks a tie between two.
   */
  @GET
  @Path("audit")
  @Produces({MediaType.APPLICATION_JSON, StatsCsvWriter.TEXT_CSV})
  @APIResponse(
      responseCode = "200",
      description =
          "One page of audit entries (state before and after as JSON text); with Accept: text/csv"
              + " the whole log as CSV (UTF-8, header row), paging ignored.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PageResult.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response auditLog(
      @QueryParam("page") @Parameter(description = "from 0") String page,
      @QueryParam("size") @Parameter(description = "1 to 200, default 50") String size,
      @Context jakarta.ws.rs.core.HttpHeaders headers) {
    MediaType first = headers.getAcceptableMediaTypes().get(0);
    if (!first.isWildcardType() && first.isCompatible(MediaType.valueOf(StatsCsvWriter.TEXT_CSV))) {
      StreamingOutput csv =
          out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            administration.exportAuditLog(writer);
            writer.flush();
          };
      return Response.ok(csv, StatsCsvWriter.TEXT_CSV + "; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
          .header("Vary", "Accept")
          .build();
    }
    int[] p = paging(page, size);
    return Response.ok(administration.auditLog(p[0], p[1]), MediaType.APPLICATION_JSON)
        .header("Vary", "Accept")
        .build();
  }

  /** Page (from 0) and size (default 50) as the query gives them; PageResult.check bounds them. */
  private static int[] paging(String page, String size) {
    FieldErrors errors = new FieldErrors();
    int p = Params.integer(page, 0, "page", errors);
    int s = Params.integer(size, 50, "size", errors);
    errors.throwIfAny();
    return new int[] {p, s};
  }

  static EntityTag etag(AccountView view) {
    return new EntityTag(String.valueOf(view.version()));
  }
}
