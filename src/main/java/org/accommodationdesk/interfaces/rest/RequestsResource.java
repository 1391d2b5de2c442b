package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.notices.CaseFileService;
import org.accommodationdesk.application.notices.LetterService;
import org.accommodationdesk.application.requests.NewRequest;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.application.requests.RequestFiling;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.RequestService;
import org.accommodationdesk.application.requests.RequestView;
import org.accommodationdesk.application.requests.Submissions;
import org.accommodationdesk.application.requests.TransitionCommand;
import org.accommodationdesk.application.review.Assignment;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestOrder;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.domain.request.Urgency;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Accommodation requests. Employees file and follow their own; HR reviewers see and act on all.
 * Anyone else, or a request that is not the caller's, gets 404.
 */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {
  @Inject private Submissions submissions;
  @Inject private LetterService letters;
  @Inject private CaseFileService caseFiles;
  @Inject private RequestService service;
  @Inject private Assignment assignment;
  @Inject private RequestQueries queries;
  @Inject private CurrentUser currentUser;
  @Context private UriInfo uriInfo;
  @Context private jakarta.ws.rs.core.SecurityContext securityContext;

  /** Employees: file a request. 201 with its Location. */
  @POST
  @APIResponse(
      responseCode = "201",
      description = "Filed; Location names it, ETag is its version.",
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  @APIResponse(
      responseCode = "200",
      description =
          "Filed before under the same Idempotency-Key (the same request sent again): the request"
              + " filed then, with Idempotent-Replayed: true; nothing new is filed.",
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  public Response create(
      @Valid @NotNull(message = "a JSON body is required") NewRequestJson body,
      @HeaderParam("Idempotency-Key")
          @Parameter(
              description =
                  "Optional, 1 to 100 visible ASCII characters (a UUID): the same request sent"
                      + " again with the same key files nothing new; kept for a day")
          String idempotencyKey) {
    Submissions.Filed filed = submissions.file(newRequest(body), List.of(), idempotencyKey);
    RequestView created = filed.view();
    java.net.URI location =
        uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    return (filed.replayed()
            ? Response.ok().location(location).header("Idempotent-Replayed", "true")
            : Response.created(location))
        .tag(etag(created))
        .entity(created)
        .build();
  }

  /** A request as the body gives it, its dates read (400 naming each one that is not a date). */
  private static NewRequest newRequest(NewRequestJson body) {
    FieldErrors errors = new FieldErrors();
    LocalDate start = Params.date(body.startDate, "startDate", errors);
    LocalDate end = Params.date(body.endDate, "endDate", errors);
    LocalDate neededBy = Params.date(body.neededBy, "neededBy", errors);
    errors.throwIfAny();
    RequestDetails details =
        new RequestDetails(
            body.category == null ? null : Category.valueOf(body.category),
            body.arrangement == null ? null : ArrangementType.valueOf(body.arrangement),
            body.remoteDaysPerWeek,
            body.arrangementDescription,
            start,
            end,
            body.relationship == null ? null : Relationship.valueOf(body.relationship),
            body.attestation,
            body.functionalLimitations,
            body.justification);
    return new NewRequest(
        details,
        Params.blankToNull(body.workLocation),
        Params.blankToNull(body.jobClass),
        body.renewalOf,
        new Urgency(neededBy, body.neededByReason));
  }

  /**
   * HR reviewers and union reps: file a request for an employee (proxy intake). The employee is
   * told at once and confirms it ({@code {"action":"CONFIRM"}}) before HR reads or decides
   * anything; a union rep's filing needs the employee's consent and is shared with the union. 201
   * with the request's number; Location names it.
   */
  @POST
  @Path("for-employee")
  @APIResponse(
      responseCode = "201",
      description =
          "Filed for the employee; it waits for their confirmation. Location names the request.",
      content = @Content(schema = @Schema(implementation = ProxyFiledJson.class)))
  @APIResponse(
      responseCode = "200",
      description =
          "Filed before under the same Idempotency-Key: the request filed then, with"
              + " Idempotent-Replayed: true; nothing new is filed.",
      content = @Content(schema = @Schema(implementation = ProxyFiledJson.class)))
  public Response fileForEmployee(
      @Valid @NotNull(message = "a JSON body is required") ProxyRequestJson body,
      @HeaderParam("Idempotency-Key")
          @Parameter(
              description =
                  "Optional, 1 to 100 visible ASCII characters (a UUID): the same filing sent"
                      + " again with the same key files nothing new; kept for a day")
          String idempotencyKey) {
    RequestFiling.ProxyFiled filed =
        submissions.fileFor(body.employee, newRequest(body), body.consent, idempotencyKey);
    java.net.URI location =
        uriInfo.getBaseUriBuilder().path("requests").path(String.valueOf(filed.id())).build();
    return (filed.replayed()
            ? Response.ok().location(location).header("Idempotent-Replayed", "true")
            : Response.created(location))
        .entity(new ProxyFiledJson(filed.id(), body.employee.strip(), filed.awaitingConfirmation()))
        .build();
  }

  /** The answer to a filing for an employee. */
  public record ProxyFiledJson(long id, String employee, boolean awaitingConfirmation) {}

  /**
   * The requester and HR reviewers: one request with its history. Union reps: the union's view of a
   * request its employee shared with the union.
   */
  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description =
          "The request (for a union rep: the union's view of a shared request, without medical"
              + " details); ETag is its version.",
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  public Response get(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id) {
    if (currentUser.isOnlyUnionRep()) {
      return Response.ok(queries.getForUnion(id)).build();
    }
    RequestView view = queries.get(id);
    return Response.ok(view).tag(etag(view)).build();
  }

  /**
   * The letter of the decision in force (PDF, in the employee's language), for the requester and
   * HR; 404 before a decision.
   */
  @GET
  @Path("{id}/decision-letter")
  @Produces("application/pdf")
  @APIResponse(
      responseCode = "200",
      description = "The decision letter.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response decisionLetter(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id) {
    return pdf(letters.letter(id));
  }

  /**
   * Every letter of the request, oldest first (each decision's as issued: the first decision's
   * stays after an appeal), for the requester and HR; an empty list before a decision.
   */
  @GET
  @Path("{id}/letters")
  @APIResponse(
      responseCode = "200",
      description = "The letters: id, stage (INITIAL or APPEAL), outcome, language, issuedAt.",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = LetterService.LetterSummary.class)))
  public List<LetterService.LetterSummary> letterList(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id) {
    return letters.letters(id);
  }

  /** One letter of the request as it was issued (PDF); 404 when the request has no such letter. */
  @GET
  @Path("{id}/letters/{letterId}")
  @Produces("application/pdf")
  @APIResponse(
      responseCode = "200",
      description = "The letter, byte for byte as issued.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response letter(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id,
      @PathParam("letterId")
          @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long letterId) {
    return pdf(letters.letter(id, letterId));
  }

  private static Response pdf(LetterService.LetterFile file) {
    return download(file.content(), "application/pdf", "inline", file.fileName());
  }

  /** A file as an answer: never cached, named for saving. */
  private static Response download(
      byte[] content, String mediaType, String disposition, String fileName) {
    return Response.ok(content, mediaType)
        .header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /**
   * HR (who may see the request, never their own) and administrators: the whole case file as one
   * ZIP (a PDF of the case, every letter as issued, every document), for a legal request or a
   * grievance. A reason is required; the export is recorded in the history and the audit log.
   */
  @POST
  @Path("{id}/case-file")
  @Produces("application/zip")
  @APIResponse(
      responseCode = "200",
      description = "The case file (ZIP): case-file-{id}.pdf, letters/, documents/.",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response caseFile(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id,
      @Valid @NotNull(message = "a JSON body is required") CaseFileJson body) {
    CaseFileService.CaseFileZip file = caseFiles.export(id, body.reason);
    return download(file.content(), "application/zip", "attachment", file.fileName());
  }

  /** The requester: share the request with the union ({"shared": true}) or stop sharing it. */
  @jakarta.ws.rs.PUT
  @Path("{id}/union-access")
  @APIResponse(
      responseCode = "200",
      description = "Shared or no longer shared; the request as it is now.",
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  public Response unionAccess(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id,
      @Valid @NotNull(message = "a JSON body is required") UnionAccessJson body) {
    RequestView view = service.shareWithUnion(id, body.shared);
    return Response.ok(view).tag(etag(view)).build();
  }

  /**
   * HR records what the system cannot know about a request (the reporting record, issue 23 #2):
   * when the arrangement took effect, whether medical information was asked for and why, the cost,
   * the sources of technical assistance consulted. The whole record each time. HR reviewers who may
   * see the request, never on their own; the change is in its history, naming the fields changed.
   */
  @jakarta.ws.rs.PUT
  @Path("{id}/record")
  @APIResponse(
      responseCode = "200",
      description = "Recorded; the request as HR sees it now, with its reporting record.",
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  public Response record(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id,
      @HeaderParam("If-Match")
          @Parameter(description = "the record's version the client acted on (reporting.version)")
          String ifMatch,
      @Valid @NotNull(message = "a JSON body is required") ReportingJson body) {
    FieldErrors errors = new FieldErrors();
    Long expected = Params.version(ifMatch, errors);
    LocalDate effectiveOn = Params.date(body.effectiveOn, "effectiveOn", errors);
    errors.throwIfAny();
    RequestView view =
        service.recordReporting(
            id,
            new RequestService.Reporting(
                effectiveOn,
                body.medicalInformationRequested,
                body.medicalInformationReason,
                body.cost == null ? null : body.cost.movePointRight(2).longValueExact(),
                body.assistance),
            expected);
    return Response.ok(view).tag(etag(view)).build();
  }

  /**
   * Reviewers see all requests, employees their own, oldest first; union reps the requests shared
   * with the union, newest first (id, requester's name, category, status, location, submitted).
   */
  @GET
  @APIResponse(
      responseCode = "200",
      description = "One page of requests and how many there are in all.",
      content = @Content(schema = @Schema(implementation = PageResult.class)))
  public PageResult<?> list(
      @QueryParam("page")
          @Parameter(
              description = "from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
          String page,
      @QueryParam("size")
          @Parameter(
              description = "1 to 200, default 20",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
          String size,
      @QueryParam("status") @Parameter(schema = @Schema(implementation = RequestStatus.class))
          String status,
      @QueryParam("category") @Parameter(schema = @Schema(implementation = Category.class))
          String category,
      @QueryParam("location") @Parameter(description = "a work location code") String location,
      @QueryParam("q")
          @Parameter(
              description =
                  "a reference number (123 or #123), or part of the requester's name or user name")
          String q,
      @QueryParam("assigned")
          @Parameter(
              description = "me: assigned to the caller; none: not yet assigned",
              schema = @Schema(enumeration = {"me", "none"}))
          String assigned,
      @QueryParam("due")
          @Parameter(
              description =
                  "overdue: HR is late; soon: HR must act within 2 business days (or is late)",
              schema = @Schema(enumeration = {"overdue", "soon"}))
          String due,
      @QueryParam("sort")
          @Parameter(
              description = "submitted (default): oldest first; due: HR's next due day first",
              schema = @Schema(enumeration = {"submitted", "due"}))
          String sort,
      @QueryParam("ending")
          @Parameter(
              description =
                  "30 or 60: approvals whose arrangement ends within that many days (renewals"
                      + " to expect)",
              schema = @Schema(enumeration = {"30", "60"}))
          String ending) {
    FieldErrors errors = new FieldErrors();
    int p = Params.integer(page, 0, "page", errors);
    int s = Params.integer(size, 20, "size", errors);
    RequestStatus st = Params.enumValue(RequestStatus.class, status, "status", errors);
    Category cat = Params.enumValue(Category.class, category, "category", errors);
    errors.require(
        q == null || q.length() <= RequestFilter.SEARCH_MAX,
        "q",
        "must be at most " + RequestFilter.SEARCH_MAX + " characters");
    errors.require(
        assigned == null || assigned.equals("me") || assigned.equals("none"),
        "assigned",
        "must be me or none");
    errors.require(
        due == null || due.equals("overdue") || due.equals("soon"),
        "due",
        "must be overdue or soon");
    errors.require(
        sort == null || sort.equals("submitted") || sort.equals("due"),
        "sort",
        "must be submitted or due");
    errors.require(
        ending == null || ending.equals("30") || ending.equals("60"), "ending", "must be 30 or 60");
    errors.throwIfAny();
    Set<RequestStatus> statuses = st == null ? Set.of() : Set.of(st);
    if (ending != null && statuses.isEmpty()) {
      statuses = RequestStatus.APPROVALS;
    }
    if (currentUser.isOnlyUnionRep()) {
      return queries.listShared(p, s);
    }
    return queries.list(
        RequestFilter.of(
            statuses,
            cat,
            Params.blankToNull(location),
            null,
            q,
            "me".equals(assigned) ? currentUser.username() : null,
            "none".equals(assigned),
            due == null ? null : queries.dueDays().dueBy("overdue".equals(due)),
            ending == null ? null : queries.dueDays().endingWithin(Integer.parseInt(ending))),
        "due".equals(sort) ? RequestOrder.DUE_FIRST : RequestOrder.OLDEST_FIRST,
        p,
        s);
  }

  /**
   * HR leads (or any reviewer, when so configured): give requests to a reviewer, all or nothing.
   * 200 with how many changed hands; 403 for anyone else or a reviewer who may not decide one of
   * them; 409 when one is not waiting or in review; 400 naming a bad field.
   */
  @POST
  @Path("assignments")
  @APIResponse(
      responseCode = "200",
      description = "Assigned; how many requests changed hands.",
      content = @Content(schema = @Schema(implementation = AssignedJson.class)))
  public Response assign(@Valid @NotNull(message = "a JSON body is required") AssignmentJson body) {
    if (body.requests.contains(null)) {
      FieldErrors errors = new FieldErrors();
      errors.add("requests", "must not contain null");
      errors.throwIfAny();
    }
    return Response.ok(new AssignedJson(assignment.assign(body.requests, body.reviewer))).build();
  }

  /** The answer to an assignment. */
  public record AssignedJson(int assigned) {}

  /** HR: how many open requests (waiting or in review) each reviewer has been given. */
  @GET
  @Path("workload")
  @APIResponse(
      responseCode = "200",
      description = "Reviewer user name to the number of open requests given to them.")
  public java.util.Map<String, Long> workload() {
    return assignment.workload();
  }

  /** One step of the workflow; 409 when the status does not allow it, 412 on a stale If-Match. */
  @POST
  @Path("{id}/transitions")
  @APIResponse(
      responseCode = "200",
      description = "The step was taken; the request as it is now, ETag its new version.",
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  public Response transition(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag (version) the client acted on")
          String ifMatch,
      @Valid @NotNull(message = "a JSON body is required") TransitionJson body) {
    FieldErrors errors = new FieldErrors();
    Long expected = Params.version(ifMatch, errors);
    LocalDate neededBy = Params.date(body.neededBy, "neededBy", errors);
    LocalDate expectedBy = Params.date(body.expectedBy, "expectedBy", errors);
    LocalDate from = Params.date(body.from, "from", errors);
    LocalDate until = Params.date(body.until, "until", errors);
    errors.throwIfAny();
    TransitionCommand command =
        new TransitionCommand(
            Action.valueOf(body.action),
            body.reasonCode,
            body.comment,
            body.arrangement == null ? null : ArrangementType.valueOf(body.arrangement),
            body.remoteDaysPerWeek,
            body.arrangementDescription,
            neededBy,
            expectedBy,
            from,
            until);
    RequestView view = service.transition(id, command, expected);
    return Response.ok(view).tag(etag(view)).build();
  }

  static EntityTag etag(RequestView view) {
    return new EntityTag(String.valueOf(view.version()));
  }
}
