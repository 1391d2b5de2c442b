package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.accommodationdesk.application.consistency.PolicyView;
import org.accommodationdesk.application.consistency.WhatIfReport;
import org.accommodationdesk.application.consistency.WhatIfService;
import org.accommodationdesk.application.consistency.WhatIfService.RuleInput;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.request.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Policy what-if (issue 26), for HR reviewers, administrators and union reps: a policy's outcome
 * counts and denial rates over a past period beside what happened (union reps: whole periods,
 * protected figures), and saved policies, each changed only by the side that wrote it.
 */
@Path("what-if")
@RequestScoped
public class WhatIfResource {
  @Inject private WhatIfService whatIf;

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

  /**
   * One rule: a category, an arrangement (or none: any), the rule, and its number if it takes one.
   */
  public static class RuleJson {
    /** OWN_CONDITION, PRIMARY_CAREGIVER or HOUSEHOLD_MEMBER. */
    public String category;

    /** FULL_REMOTE, PARTIAL_REMOTE, OTHER, or none for every arrangement. */
    public String arrangement;

    /** APPROVE_ALL, APPROVE_UP_TO_DAYS, APPROVE_SHARE or DENY_ALL. */
    public String rule;

    /** Remote days a week (0 to 5) or the share approved in per cent (0 to 100). */
    public Integer parameter;
  }

  /** A policy: its rules, and a name when it is saved. */
  public static class PolicyJson {
    public String name;
    public List<RuleJson> rules;
  }

  @POST
  @Produces({MediaType.APPLICATION_JSON, StatsCsvWriter.TEXT_CSV})
  @APIResponse(
      responseCode = "200",
      description = "What the rules would have done over the period's decided requests.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WhatIfReport.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response evaluateRules(PolicyJson body) {
    whatIf.mayAsk();
    StatsFilter f = filter();
    List<RuleInput> rules = rules(body);
    return StatsResource.timed(() -> whatIf.evaluate(rules, f));
  }

  @GET
  @Path("policies")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "Saved policies, by name.",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PolicyView.class)))
  public List<PolicyView> listPolicies() {
    return whatIf.policies();
  }

  @POST
  @Path("policies")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Saved, as the caller's side's (HR or union).",
      content = @Content(schema = @Schema(implementation = PolicyView.class)))
  public Response createPolicy(PolicyJson body) {
    PolicyView p = whatIf.create(body == null ? null : body.name, rules(body));
    return Response.created(URI.create("what-if/policies/" + p.id()))
        .entity(p)
        .tag(String.valueOf(p.version()))
        .build();
  }

  @GET
  @Path("policies/{id}")
  @Produces({MediaType.APPLICATION_JSON, StatsCsvWriter.TEXT_CSV})
  @APIResponse(
      responseCode = "200",
      description = "What a saved policy would have done over the period's decided requests.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WhatIfReport.class)),
        @Content(mediaType = StatsCsvWriter.TEXT_CSV)
      })
  public Response evaluatePolicy(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id) {
    whatIf.mayAsk();
    StatsFilter f = filter();
    return StatsResource.timed(() -> whatIf.evaluateSaved(id, f));
  }

  @PUT
  @Path("policies/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "Renamed and its rules replaced (its side only).",
      content = @Content(schema = @Schema(implementation = PolicyView.class)))
  public Response changePolicy(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id,
      @HeaderParam("If-Match")
          @Parameter(description = "the policy's version the client acted on", required = true)
          String ifMatch,
      PolicyJson body) {
    PolicyView p =
        whatIf.change(id, expected(ifMatch), body == null ? null : body.name, rules(body));
    return Response.ok(p).tag(String.valueOf(p.version())).build();
  }

  @DELETE
  @Path("policies/{id}")
  @APIResponse(responseCode = "204", description = "Removed (its side only).")
  public Response removePolicy(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id,
      @HeaderParam("If-Match")
          @Parameter(description = "the policy's version the client acted on", required = true)
          String ifMatch) {
    whatIf.remove(id, expected(ifMatch));
    return Response.noContent().build();
  }

  /** The version If-Match names; null when it names none (the service says so, after its check). */
  private static Long expected(String ifMatch) {
    FieldErrors errors = new FieldErrors();
    Long v = Params.version(ifMatch, errors);
    return errors.isEmpty() ? v : null;
  }

  private static List<RuleInput> rules(PolicyJson body) {
    if (body == null || body.rules == null) {
      return List.of();
    }
    return body.rules.stream()
        .map(r -> r == null ? null : new RuleInput(r.category, r.arrangement, r.rule, r.parameter))
        .toList();
  }

  private StatsFilter filter() {
    return StatsFilter.parse(period, from, to, category, location);
  }
}
